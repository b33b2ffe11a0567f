package app.switchboard.ui.entities;

import app.switchboard.audit.ActivityCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Exports the rows the table shows, in the table's order, as RFC 4180 CSV. Times are ISO-8601 in
 * UTC so the file means the same on every computer; cells are escaped like the activity export.
 */
public final class EntityCsv {
    static final List<String> HEADER = List.of("id", "name", "type", "brand", "identifier", "online",
            "last seen", "created", "parent id");

    private EntityCsv() {
    }

    /** Writes a header and one line per row; returns the number of rows written. */
    public static int write(List<EntityRow> rows, Writer out) {
        try {
            ActivityCsv.writeRow(out, HEADER);
            for (EntityRow row : rows) {
                ActivityCsv.writeRow(out, cells(row));
            }
            out.flush();
            return rows.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the CSV export", e);
        }
    }

    private static List<String> cells(EntityRow row) {
        return List.of(text(row.id()), text(row.name()), row.type() == null ? "" : row.type().value(),
                text(row.brand()), text(row.identifier()),
                row.online() == null ? "" : row.online().toString(), time(row.lastSeen()), time(row.created()),
                text(row.entity().parentId()));
    }

    private static String time(Instant time) {
        return time == null ? "" : time.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
