package app.switchboard.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Exports activity entries as RFC 4180 CSV. Cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) get a leading apostrophe, because target
 * names and server messages come from outside.
 */
public final class ActivityCsv {
    static final List<String> HEADER = List.of("time", "user", "environment", "api", "target", "target id",
            "item", "action", "before", "after", "reason", "outcome", "http status", "message", "duration ms",
            "request id", "batch", "undo of", "id");

    private ActivityCsv() {
    }

    /**
     * Exports the entries matching the query to a file, UTF-8 with a byte-order mark so that
     * spreadsheets read umlauts right; returns the number of rows.
     */
    public static long export(ActivityLog log, ActivityQuery query, Path file) {
        try (Stream<ActivityEntry> entries = log.query(query);
             Writer out = CsvFile.create(file)) {
            return write(entries, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export " + file, e);
        }
    }

    /** Writes a header and one row per entry; returns the number of rows written. */
    public static long write(Stream<ActivityEntry> entries, Writer out) {
        try {
            writeRow(out, HEADER);
            long rows = 0;
            for (Iterator<ActivityEntry> it = entries.iterator(); it.hasNext(); rows++) {
                writeRow(out, row(it.next()));
            }
            out.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
    }

    private static List<String> row(ActivityEntry e) {
        return List.of(e.time().toString(), text(e.user()), e.environment(), e.api().displayName(),
                text(e.targetName()), text(e.targetId()), text(e.item()), text(e.action()),
                state(e.before()), state(e.after()), text(e.reason()),
                e.outcome().kind().name().toLowerCase(java.util.Locale.ROOT),
                e.outcome().httpStatus() == null ? "" : e.outcome().httpStatus().toString(),
                text(e.outcome().message()), Long.toString(e.durationMs()), text(e.requestId()),
                text(e.batch()), text(e.undoOf()), e.id());
    }

    private static String state(Boolean on) {
        return on == null ? "" : on ? "on" : "off";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** One CSV line of escaped cells ending in CRLF; other exports write their lines with it too. */
    public static void writeRow(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One RFC 4180 cell, quoted when needed, with spreadsheet formulas defused. */
    public static String cell(String value) {
        return quoted(defuseFormula(value));
    }

    /** One RFC 4180 cell, quoted when needed, the value kept exactly (for scripts, not spreadsheets). */
    public static String quoted(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String defuseFormula(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
