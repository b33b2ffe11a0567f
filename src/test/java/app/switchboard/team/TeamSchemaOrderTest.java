package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The team's own migrations and the approvals' (from V100) are numbered apart and still both applied. */
class TeamSchemaOrderTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path older;

    @Test
    void aDatabaseAlreadyAtTheApprovalsSchemaStillTakesTheLaterTeamMigration() throws Exception {
        // the schema as a console before shared environments left it: V1, V2 and V100, not V3
        for (String file : new String[] {"V1__team_activity.sql", "V2__team_environments.sql", "V100__change_requests.sql"}) {
            Files.copy(Path.of("src/main/resources/db/team", file), older.resolve(file));
        }
        TeamDatabase database = TeamDatabase.of(DB.settings("desk-1"), null);
        Flyway.configure().dataSource(database.url(), database.user(), null).locations("filesystem:" + older)
                .table(TeamSchema.HISTORY_TABLE).load().migrate();

        assertThat(TeamSchema.migrate(database)).isEqualTo("100");

        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from information_schema.columns "
                     + "where table_name = 'team_environment' and column_name in ('environment_id', 'removed')")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(2);
        }
    }
}
