package app.switchboard.ops.review;

import app.switchboard.audit.ActivityCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Exports review rows as RFC 4180 CSV (the same cell rules as the activity export: quoted when
 * needed, spreadsheet formulas defused). Times are ISO-8601 instants in UTC, empty when open-ended,
 * so the file sorts and parses the same everywhere.
 */
public final class ReviewCsv {
    public static final List<String> HEADER = List.of("customer", "customer number", "subscription",
            "subscription id", "item", "feature", "value", "valid from", "valid until", "status", "entitlement id");

    private ReviewCsv() {
    }

    /** Writes a header and one line per row; returns the number of rows written. */
    public static int write(List<ReviewRow> rows, Writer out) {
        try {
            writeLine(out, HEADER);
            for (ReviewRow row : rows) {
                writeLine(out, cells(row));
            }
            out.flush();
            return rows.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
    }

    /** The cells of one row, in {@link #HEADER} order, before quoting. */
    public static List<String> cells(ReviewRow row) {
        return List.of(text(row.customer().name()), text(row.customer().number()), text(row.subscriptionNumber()),
                row.subscriptionId(), row.itemName(), row.featureName(), row.displayValue(), time(row.validFrom()),
                time(row.validUntil()), row.status().value(), text(row.entitlementId()));
    }

    private static void writeLine(Writer out, List<String> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(ActivityCsv.cell(cell));
        }
        out.write(line.append("\r\n").toString());
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
