package vn.grassroots.operations;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.grassroots.shared.FieldProblem;

/**
 * The outcome of one item of a bulk batch.
 *
 * @param index position in the batch, from 0
 * @param clientId the item's client id
 * @param result {@code created}, {@code duplicate} or {@code rejected}
 * @param id the incident's id when created or already there
 * @param errors field problems when rejected
 */
public record BulkItemResult(int index, @Nullable String clientId, String result, @Nullable Long id,
		List<BulkError> errors) {

	/**
	 * A field problem of a rejected item.
	 *
	 * @param field field
	 * @param rejectedValue value received
	 * @param reason reason, resolved in the caller's language
	 */
	public record BulkError(String field, @Nullable Object rejectedValue, String reason) {
	}

	/**
	 * The answer of a bulk request: the items' outcomes in batch order with the totals of
	 * each outcome.
	 */
	public static java.util.Map<String, Object> answer(List<BulkItemResult> results) {
		java.util.Map<String, Object> answer = new java.util.LinkedHashMap<>();
		answer.put("items", results);
		answer.put("total", results.size());
		answer.put("created", count(results, "created"));
		answer.put("duplicates", count(results, "duplicate"));
		answer.put("rejected", count(results, "rejected"));
		return answer;
	}

	private static long count(List<BulkItemResult> results, String result) {
		return results.stream().filter((r) -> result.equals(r.result())).count();
	}

	static List<BulkError> errors(List<FieldProblem> problems, java.util.function.Function<FieldProblem, String> text) {
		return problems.stream().map((p) -> new BulkError(p.field(), p.rejectedValue(), text.apply(p))).toList();
	}

}
