package app.switchboard.team;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Activity entries for team tests, and what the team log holds. */
public final class TeamEntries {
    private TeamEntries() {
    }

    public static ActivityEntry entry(String id, String user, Instant time) {
        return new ActivityEntry(id, time, user, "Production", Api.FYNN, "sub-" + (id.hashCode() & 7), "ent-" + id,
                "ACME GmbH, subscription 4711, Storage", ActivityEntry.DISABLE, true, false, "contract ended",
                new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, null), 12, null, null, null);
    }

    /** Appends {@code count} entries {@code prefix-0…} to the log in {@code folder}, as a console or the command line would. */
    public static void append(Path folder, String prefix, int count) {
        ActivityLog log = new ActivityLog(folder);
        for (int i = 0; i < count; i++) {
            log.append(entry(prefix + "-" + i, "anna", Instant.now()));
        }
    }

    /** Entry ids in the team log whose id starts with {@code prefix}, in the order they arrived. */
    public static List<String> teamIds(TeamDatabaseExtension db, String prefix) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select entry_id from team_activity where entry_id like '" + prefix
                     + "%' order by seq")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Waits for a condition, polling; fails after {@code limit}. No fixed sleeps: it returns as soon as it holds. */
    public static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Child process main: a command-line process appending entries. Arguments: folder, prefix, count. */
    public static void main(String[] args) {
        append(Path.of(args[0]), args[1], Integer.parseInt(args[2]));
        System.out.println("FINISHED");
    }
}
