package app.switchboard.team;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.audit.SharedActivity;
import app.switchboard.audit.SharedActivityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the team log for the Activity view and the item histories: the view's filters as one
 * indexed query, newest first, paged by (time, seq) so that a page never repeats or skips a row
 * while colleagues keep writing.
 */
public final class TeamActivityReader implements SharedActivity {
    private final Supplier<Optional<TeamDatabase>> database;
    private final ActivityLog decoder;
    private TeamDatabase connectedTo;
    private Connection connection;

    private final TeamChanges changes;

    public TeamActivityReader(Supplier<Optional<TeamDatabase>> database, ActivityLog decoder) {
        this(database, decoder, new TeamChanges());
    }

    /** Reads through {@code team}'s database and announces what its listener hears. */
    public TeamActivityReader(TeamMode team, ActivityLog decoder) {
        this(team::database, decoder, team.changes());
    }

    private TeamActivityReader(Supplier<Optional<TeamDatabase>> database, ActivityLog decoder, TeamChanges changes) {
        this.database = database;
        this.decoder = decoder;
        this.changes = changes;
    }

    @Override
    public void onNewEntries(java.util.function.Consumer<SharedChange> listener) {
        changes.add(listener);
    }

    @Override
    public void removeListener(java.util.function.Consumer<SharedChange> listener) {
        changes.remove(listener);
    }

    @Override
    public boolean available() {
        return database.get().isPresent();
    }

    @Override
    public synchronized Page page(ActivityQuery query, Cursor after, int size) throws SharedActivityException {
        TeamDatabase current = database.get().orElseThrow(() -> new SharedActivityException(
                app.switchboard.text.Words.of("team.status.localOnly"), null));
        try {
            return read(connection(current), query, after, size);
        } catch (SQLException first) {
            // a connection kept from an earlier page may have been dropped; one fresh try
            close();
            try {
                return read(connection(current), query, after, size);
            } catch (SQLException e) {
                close();
                throw new SharedActivityException(current.explain(e).words(), e);
            } catch (TeamException e) {
                throw new SharedActivityException(e.words(), e);
            }
        } catch (TeamException e) {
            throw new SharedActivityException(e.words(), e);
        }
    }

    private Page read(Connection open, ActivityQuery query, Cursor after, int size) throws SQLException {
        StringBuilder sql = new StringBuilder("select seq, desk, written_by, entry::text, at from team_activity where true");
        List<Object> values = new ArrayList<>();
        where(sql, values, "environment = ?", query.environment());
        where(sql, values, "api = ?", query.api() == null ? null : query.api().name());
        where(sql, values, "target_id = ?", query.targetId());
        where(sql, values, "item = ?", query.item());
        where(sql, values, "operator = ?", query.user());
        where(sql, values, "at >= ?", query.from() == null ? null : Timestamp.from(query.from()));
        where(sql, values, "at < ?", query.until() == null ? null : Timestamp.from(query.until()));
        if (!query.outcomes().isEmpty()) {
            sql.append(" and outcome = any(?)");
            values.add(query.outcomes().stream().map(OutcomeKind::name).toArray(String[]::new));
        }
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            sql.append(" and (target_name ilike ? or target_id ilike ? or item ilike ?)");
            values.add(like);
            values.add(like);
            values.add(like);
        }
        if (after != null) {
            sql.append(" and (at, seq) < (?, ?)");
            values.add(Timestamp.from(after.time()));
            values.add(after.seq());
        }
        sql.append(" order by at desc, seq desc limit ?");
        values.add(size + 1);
        try (PreparedStatement statement = open.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof String[] array) {
                    statement.setArray(i + 1, open.createArrayOf("text", array));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            List<SharedEntry> entries = new ArrayList<>();
            boolean more = false;
            Cursor last = null;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (entries.size() == size) {
                        more = true;
                        break;
                    }
                    entries.add(new SharedEntry(decoder.decode(rows.getString(4)), rows.getString(2), rows.getString(3),
                            rows.getLong(1)));
                    // the database's own time: it keeps microseconds, the entry may carry more
                    last = new Cursor(rows.getTimestamp(5).toInstant(), rows.getLong(1));
                }
            }
            return new Page(entries, more ? Optional.of(last) : Optional.empty());
        }
    }

    private static void where(StringBuilder sql, List<Object> values, String condition, Object value) {
        if (value != null) {
            sql.append(" and ").append(condition);
            values.add(value);
        }
    }

    private Connection connection(TeamDatabase current) throws TeamException, SQLException {
        if (connection == null || current != connectedTo || connection.isClosed()) {
            close();
            connection = current.connect();
            connectedTo = current;
        }
        return connection;
    }

    /** Drops the kept connection. */
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // broken already
            }
            connection = null;
        }
    }
}
