package vn.grassroots.shared;

import org.jspecify.annotations.Nullable;

/**
 * One offending input: the field, the value received (masked if personal) and the reason
 * as a message key with arguments.
 *
 * @param field the request parameter or body field name
 * @param rejectedValue the value received, already masked where it is personal data
 * @param reasonKey message key of the reason
 * @param args message arguments
 */
public record FieldProblem(String field, @Nullable Object rejectedValue, String reasonKey, Object... args) {
}
