package app.switchboard.team;

import app.switchboard.text.Words;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The team database's schema, created and migrated by the versioned SQL files in {@code db/team}.
 * A schema newer than this console knows is left alone: the console says so and stays local.
 */
public final class TeamSchema {
    static final String HISTORY_TABLE = "team_schema_history";

    private TeamSchema() {
    }

    /** Brings the schema up to this console's version, or explains why it cannot be used. */
    public static String migrate(TeamDatabase database) throws TeamException {
        try (var probe = database.connect()) {
            // connecting first turns a wrong password or an unreachable server into its own sentence
            probe.isValid(1);
        } catch (java.sql.SQLException e) {
            throw database.explain(e);
        }
        Flyway flyway = Flyway.configure(TeamSchema.class.getClassLoader())
                .dataSource(database.url(), database.user(), database.password())
                .locations("classpath:db/team")
                .table(HISTORY_TABLE)
                .baselineOnMigrate(false)
                // the team's own migrations (V1, V2, V3 …) and approvals' (from V100) grow side by side:
                // a database already at V100 still takes a later team migration with a lower number
                .outOfOrder(true)
                .load();
        try {
            refuseNewer(flyway);
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            Throwable cause = e.getCause();
            if (cause instanceof java.sql.SQLException sql) {
                throw database.explain(sql);
            }
            throw new TeamException(TeamException.Kind.FAILED, Words.of("team.problem.migration",
                    String.valueOf(e.getMessage()).lines().findFirst().orElse("")), e);
        }
    }

    private static void refuseNewer(Flyway flyway) throws TeamException {
        MigrationInfo newer = Arrays.stream(flyway.info().applied())
                .filter(i -> i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED)
                .reduce((a, b) -> b).orElse(null);
        if (newer != null) {
            throw new TeamException(TeamException.Kind.SCHEMA_TOO_NEW, Words.of("team.problem.schemaTooNew",
                    newer.getVersion().getVersion()));
        }
    }
}
