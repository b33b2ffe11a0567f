package app.switchboard.team;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.LoggedLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Writes local entries into the team log: one transaction per batch, entries the log already has are left as they are. */
final class TeamActivityWriter {
    private static final String INSERT = """
            insert into team_activity (entry_id, at, operator, desk, environment, api, target_id, item, target_name,
                action, before_state, after_state, reason, outcome, http_status, message, duration_ms, request_id,
                batch, undo_of, entry)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            on conflict (entry_id) do nothing""";

    private TeamActivityWriter() {
    }

    /** An entry the team database will not store (a NUL character, a value too long for an index). */
    record Refused(String entryId, SQLException reason) {
    }

    /**
     * Ships the readable entries of {@code lines} in their order, all or none. When the database
     * refuses an entry's data, the batch is shipped again entry by entry and the entries it refuses
     * are returned instead of holding back every entry written after them.
     */
    static List<Refused> ship(Connection connection, List<LoggedLine> lines, String desk) throws SQLException {
        try {
            inOneTransaction(connection, () -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    for (LoggedLine line : lines) {
                        if (line.entry() != null) {
                            bind(insert, line.entry(), line.json(), desk);
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
            });
            return List.of();
        } catch (SQLException e) {
            if (!refusesData(e)) {
                throw e;
            }
        }
        List<Refused> refused = new ArrayList<>();
        inOneTransaction(connection, () -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (LoggedLine line : lines) {
                    if (line.entry() == null) {
                        continue;
                    }
                    Savepoint before = connection.setSavepoint();
                    try {
                        bind(insert, line.entry(), line.json(), desk);
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        if (!refusesData(e)) {
                            throw e;
                        }
                        connection.rollback(before);
                        refused.add(new Refused(line.entry().id(), e));
                    }
                }
            }
        });
        return refused;
    }

    /** Data the database cannot hold (class 22), a constraint (23) or a limit such as an index row's size (54). */
    static boolean refusesData(SQLException e) {
        for (SQLException at = e; at != null; at = at.getNextException()) {
            String state = at.getSQLState() == null ? "" : at.getSQLState();
            if (state.startsWith("22") || state.startsWith("23") || state.startsWith("54")) {
                return true;
            }
        }
        return false;
    }

    private interface Statements {
        void run() throws SQLException;
    }

    private static void inOneTransaction(Connection connection, Statements statements) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            statements.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(connection, e);
            throw e;
        } finally {
            restore(connection, autoCommit);
        }
    }

    private static void bind(PreparedStatement insert, ActivityEntry e, String json, String desk) throws SQLException {
        int i = 0;
        insert.setString(++i, e.id());
        insert.setTimestamp(++i, Timestamp.from(e.time()));
        insert.setString(++i, e.user());
        insert.setString(++i, desk);
        insert.setString(++i, e.environment());
        insert.setString(++i, e.api().name());
        insert.setString(++i, e.targetId());
        insert.setString(++i, e.item());
        insert.setString(++i, e.targetName());
        insert.setString(++i, e.action());
        setBoolean(insert, ++i, e.before());
        setBoolean(insert, ++i, e.after());
        insert.setString(++i, e.reason());
        insert.setString(++i, e.outcome().kind().name());
        if (e.outcome().httpStatus() == null) {
            insert.setNull(++i, Types.INTEGER);
        } else {
            insert.setInt(++i, e.outcome().httpStatus());
        }
        insert.setString(++i, e.outcome().message());
        insert.setLong(++i, e.durationMs());
        insert.setString(++i, e.requestId());
        insert.setString(++i, e.batch());
        insert.setString(++i, e.undoOf());
        insert.setString(++i, json);
    }

    private static void setBoolean(PreparedStatement insert, int index, Boolean value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.BOOLEAN);
        } else {
            insert.setBoolean(index, value);
        }
    }

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollback) {
            cause.addSuppressed(rollback);
        }
    }

    private static void restore(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the connection is broken; the replicator opens a new one
        }
    }
}
