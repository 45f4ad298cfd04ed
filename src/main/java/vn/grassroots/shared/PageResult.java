package vn.grassroots.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, the shape of every list the API answers: {@code {"items": [...],
 * "total": N}}.
 *
 * @param <T> item type
 * @param items the items of the page
 * @param total the number of items over all pages
 */
public record PageResult<T>(List<T> items, long total) {

	public PageResult {
		items = List.copyOf(items);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(this.items.stream().map(mapper).toList(), this.total);
	}

}
