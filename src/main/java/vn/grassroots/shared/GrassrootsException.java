package vn.grassroots.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSourceResolvable;

/**
 * A failure with a stable {@link ProblemCode}. Its message is resolved from the bundles
 * with the given arguments; field problems name each offending input.
 */
public class GrassrootsException extends RuntimeException implements MessageSourceResolvable {

	private final ProblemCode code;

	private final Object[] args;

	private final List<FieldProblem> fieldProblems;

	public GrassrootsException(ProblemCode code, Object... args) {
		this(code, List.of(), args);
	}

	public GrassrootsException(ProblemCode code, List<FieldProblem> fieldProblems, Object... args) {
		super(code.id() + " " + java.util.Arrays.toString(args));
		this.code = code;
		this.args = args;
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	/** A malformed input: 400 naming the field. */
	public static GrassrootsException badField(String field, @Nullable Object value, String reasonKey, Object... args) {
		return new GrassrootsException(ProblemCode.BAD_REQUEST,
				List.of(new FieldProblem(field, value, reasonKey, args)), field);
	}

	/** A rule broken by a well-formed input: 422 naming the field. */
	public static GrassrootsException ruleOnField(String field, @Nullable Object value, String reasonKey,
			Object... args) {
		return new GrassrootsException(ProblemCode.RULE_VIOLATION,
				List.of(new FieldProblem(field, value, reasonKey, args)), field);
	}

	/** Not found or outside the caller's scope; the two are never told apart. */
	public static GrassrootsException notFound(String what) {
		return new GrassrootsException(ProblemCode.NOT_FOUND, what);
	}

	public ProblemCode code() {
		return this.code;
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

	@Override
	public String[] getCodes() {
		return new String[] { this.code.detailKey() };
	}

	@Override
	public Object[] getArguments() {
		return this.args;
	}

	@Override
	public String getDefaultMessage() {
		return this.code.id();
	}

}
