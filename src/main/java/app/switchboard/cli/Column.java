package app.switchboard.cli;

import java.util.function.Function;

/**
 * One column of a listing.
 *
 * @param key    the stable name scripts use: the CSV header and the JSON field
 * @param header the heading of the readable table
 * @param value  the cell: text, a number, a boolean, a date-time, or null for none
 */
public record Column<T>(String key, String header, Function<T, Object> value) {

    public static <T> Column<T> of(String key, String header, Function<T, Object> value) {
        return new Column<>(key, header, value);
    }
}
