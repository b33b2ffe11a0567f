package app.switchboard.team;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentJson;
import app.switchboard.credentials.PublishedEnvironment;
import app.switchboard.credentials.SharedEnvironments;
import app.switchboard.credentials.SharedEnvironmentsException;
import app.switchboard.credentials.SharedEnvironmentsException.Kind;
import app.switchboard.text.Words;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The published environment definitions in the team database's {@code team_environment} table
 * (migrations V2, V3). The definition is the environment's JSON, which holds no secret (an
 * {@link Environment} has none; a check constraint also refuses keys named like one). Publishing
 * is a compare-and-set on the revision: the second of two admins publishing the same environment
 * is told who came first, nothing is overwritten.
 */
public final class TeamEnvironments implements SharedEnvironments {
    private static final Logger LOG = LoggerFactory.getLogger(TeamEnvironments.class);
    private static final String COLUMNS = "environment_id, definition::text, revision, published_by, published_at, removed";

    private final Supplier<Optional<TeamDatabase>> database;
    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Environment.class, EnvironmentJson.class);

    /** @param database the team database while one is set up */
    public TeamEnvironments(Supplier<Optional<TeamDatabase>> database) {
        this.database = database;
    }

    @Override
    public boolean inUse() {
        return database.get().isPresent();
    }

    @Override
    public List<PublishedEnvironment> fetch() throws SharedEnvironmentsException {
        TeamDatabase db = database();
        try (Connection connection = db.connect();
             PreparedStatement sql = connection.prepareStatement("select " + COLUMNS + " from team_environment order by environment_id");
             ResultSet rows = sql.executeQuery()) {
            List<PublishedEnvironment> all = new ArrayList<>();
            while (rows.next()) {
                read(rows).ifPresent(all::add);
            }
            return all;
        } catch (SQLException e) {
            throw explain(db, db.explain(e), null);
        } catch (TeamException e) {
            throw explain(db, e, null);
        }
    }

    @Override
    public PublishedEnvironment publish(Environment definition, long basedOn) throws SharedEnvironmentsException {
        String text;
        try {
            text = json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An environment is always written as JSON", e);
        }
        if (basedOn == 0) {
            return change(definition.id(), definition.name(), "insert into team_environment (environment_id, name, definition) "
                    + "values (?, ?, ?::jsonb) on conflict (environment_id) do nothing returning " + COLUMNS, sql -> {
                        sql.setString(1, definition.id());
                        sql.setString(2, definition.name());
                        sql.setString(3, text);
                    });
        }
        return change(definition.id(), definition.name(), "update team_environment set name = ?, definition = ?::jsonb, "
                + "removed = false where environment_id = ? and revision = ? returning " + COLUMNS, sql -> {
                    sql.setString(1, definition.name());
                    sql.setString(2, text);
                    sql.setString(3, definition.id());
                    sql.setLong(4, basedOn);
                });
    }

    @Override
    public PublishedEnvironment unpublish(String id, long basedOn) throws SharedEnvironmentsException {
        return change(id, id, "update team_environment set removed = true where environment_id = ? and revision = ? "
                + "and not removed returning " + COLUMNS, sql -> {
                    sql.setString(1, id);
                    sql.setLong(2, basedOn);
                });
    }

    @FunctionalInterface
    private interface Parameters {
        void set(PreparedStatement sql) throws SQLException;
    }

    /** One conditional change; no row back means another admin changed the environment first. */
    private PublishedEnvironment change(String id, String name, String statement, Parameters parameters)
            throws SharedEnvironmentsException {
        TeamDatabase db = database();
        try (Connection connection = db.connect(); PreparedStatement sql = connection.prepareStatement(statement)) {
            parameters.set(sql);
            try (ResultSet rows = sql.executeQuery()) {
                if (rows.next()) {
                    return read(rows).orElseThrow(() -> new SQLException("The team database returned an unreadable definition"));
                }
            }
            throw conflict(connection, id, name);
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new SharedEnvironmentsException(Kind.CONFLICT, Words.of("team.environments.nameInUse", name), e);
            }
            throw explain(db, db.explain(e), name);
        } catch (TeamException e) {
            throw explain(db, e, name);
        }
    }

    /** Says who changed the environment since the admin's copy was taken (or that it is gone). */
    private SharedEnvironmentsException conflict(Connection connection, String id, String name) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement("select " + COLUMNS + " from team_environment where environment_id = ?")) {
            sql.setString(1, id);
            try (ResultSet rows = sql.executeQuery()) {
                Optional<PublishedEnvironment> now = rows.next() ? read(rows) : Optional.empty();
                Words words = now.map(row -> Words.of(row.removed() ? "team.environments.removedMeanwhile"
                                : "team.environments.changedMeanwhile", row.definition().name(), row.publishedBy(),
                                row.revision()))
                        .orElse(Words.of("team.environments.goneMeanwhile", name));
                return new SharedEnvironmentsException(Kind.CONFLICT, words, null);
            }
        }
    }

    private Optional<PublishedEnvironment> read(ResultSet row) throws SQLException {
        String id = row.getString(1);
        try {
            Environment definition = json.readValue(row.getString(2), Environment.class);
            if (!definition.id().equals(id)) {
                LOG.warn("The team environment {} holds a definition with another id; it is left out", id);
                return Optional.empty();
            }
            return Optional.of(new PublishedEnvironment(definition, row.getLong(3), row.getString(4),
                    row.getTimestamp(5).toInstant(), row.getBoolean(6)));
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("The team environment {} cannot be read and is left out: {}", id, e.toString());
            return Optional.empty();
        }
    }

    private TeamDatabase database() throws SharedEnvironmentsException {
        return database.get().orElseThrow(() -> new SharedEnvironmentsException(Kind.NOT_SET_UP,
                Words.of("credentials.team.notSetUp"), null));
    }

    /** The team database's sentence; refusing a publish to an operator names what the admin role is for. */
    private static SharedEnvironmentsException explain(TeamDatabase db, TeamException e, String name) {
        return switch (e.kind()) {
            case OFFLINE -> new SharedEnvironmentsException(Kind.OFFLINE, e.words(), e);
            case NOT_ALLOWED -> new SharedEnvironmentsException(Kind.NOT_ALLOWED, name == null ? e.words()
                    : Words.of("team.environments.adminOnly", name, String.valueOf(db.settings().user())), e);
            default -> new SharedEnvironmentsException(Kind.FAILED, e.words(), e);
        };
    }
}
