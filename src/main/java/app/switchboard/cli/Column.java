package app.switchboard.cli;

import java.util.function.Function;

/**
 * One column of a listing.
 *
 * @param key    the stable name scripts use: the CSV header and the JSON field
 * @param header the heading of the readable table
 * @param value  the cell: text, a number, a boolean, a date-time, or null for none
 * @param inTable whether the readable table shows it (CSV and JSON always carry every column)
 */
public record Column<T>(String key, String header, Function<T, Object> value, boolean inTable) {

    /** The cell of {@code row}; none for a null row, which a server's page may carry. */
    public Object cell(T row) {
        return row == null ? null : value.apply(row);
    }

    public static <T> Column<T> of(String key, String header, Function<T, Object> value) {
        return new Column<>(key, header, value, true);
    }

    /** A column for scripts only, left out of the table to keep it readable. */
    public static <T> Column<T> dataOnly(String key, String header, Function<T, Object> value) {
        return new Column<>(key, header, value, false);
    }
}
