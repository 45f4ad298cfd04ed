package vn.grassroots.documents;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A column of an exported sheet: its header (already in the reader's language) and how to
 * get a cell value (String, Number, LocalDate, Boolean or null) from a row.
 *
 * @param <T> row type
 * @param header column header
 * @param value cell value of a row
 */
public record Column<T>(String header, Function<T, @Nullable Object> value) {
}
