package app.switchboard.team;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.LoggedLine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
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

    /** Ships the readable entries of {@code lines} in their order, all or none. */
    static void ship(Connection connection, List<LoggedLine> lines, String desk) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (LoggedLine line : lines) {
                if (line.entry() == null) {
                    continue;
                }
                bind(insert, line.entry(), line.json(), desk);
                insert.addBatch();
            }
            insert.executeBatch();
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
