package vn.grassroots.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One audit entry.
 *
 * @param id id
 * @param occurredAt when
 * @param actor user name (or the login name tried)
 * @param action what, e.g. {@code organisation.rename} or {@code login.failure}
 * @param entityType the kind of thing changed
 * @param entityId its id
 * @param before state before, as text
 * @param after state after, as text
 * @param remoteAddress client address
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable String before, @Nullable String after, @Nullable String remoteAddress) {
}
