package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.team.TeamDatabaseExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code team publish|unpublish|take} and {@code env list} with environments from the team, against the embedded PostgreSQL. */
@ExtendWith(SecretsInEncryptedFile.class)
class CliSharedEnvironmentsTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();
    private static final String PASS = "correct horse battery staple";

    @TempDir
    Path home;

    @BeforeAll
    static void roles() throws Exception {
        // the operator's role as docs/TEAM.md grants it: reading the team's environments, never publishing
        DB.execute("do $$ begin if not exists (select from pg_roles where rolname = 'cli_olga') then "
                + "create role cli_olga login; end if; end $$");
    }

    private CliHarness connected(String folder, String user) throws Exception {
        CliHarness cli = new CliHarness(home.resolve(folder));
        cli.variables.put("SB_PASSPHRASE", PASS);
        cli.variables.put("SB_TEAM_PASSWORD", "unused-on-loopback");
        CliHarness.Result connect = cli.run("team", "connect", "--host", "127.0.0.1", "--port", String.valueOf(DB.port()),
                "--database", DB.database(), "--user", user, "--desk", folder, "--password-env", "SB_TEAM_PASSWORD",
                "--passphrase-env", "SB_PASSPHRASE");
        assertThat(connect.code()).as(connect.all()).isZero();
        if (user.equals("postgres")) {
            DB.execute("grant select on team_environment, team_schema_history to cli_olga",
                    "grant select, insert on team_activity to cli_olga",
                    "grant usage on sequence team_activity_seq_seq to cli_olga");
        }
        return cli;
    }

    private static CliHarness.Result addProduction(CliHarness cli, String name) {
        cli.variables.put("SB_DER", "der-secret-of-" + name);
        return cli.run("env", "add", name, "--risk", "production", "--der-api-url", "https://der.example.org",
                "--der-token-url", "https://der.example.org/token", "--der-client-id", "client-1",
                "--fynn-url", "https://coreapi.io", "--der-secret-env", "SB_DER", "--passphrase-env", "SB_PASSPHRASE");
    }

    @Test
    void anAdminPublishesAnOperatorsEnvListOffersItFromTeamAndTheOperatorCannotPublish() throws Exception {
        CliHarness admin = connected("admin", "postgres");
        assertThat(addProduction(admin, "Production").code()).isZero();

        CliHarness.Result published = admin.run("team", "publish", "Production", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(published.code()).as(published.all()).isZero();
        assertThat(published.out()).contains("Published Production to the team (revision 1)");

        CliHarness operator = connected("operator", "cli_olga");
        CliHarness.Result list = operator.run("env", "list", "--format", "csv", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(list.code()).as(list.all()).isZero();
        assertThat(list.out()).containsPattern("(?m)^Production,from team,");
        assertThat(operator.filesText()).as("the admin's secret never travels").doesNotContain("der-secret-of-Production");

        assertThat(addProduction(operator, "Olgas").code()).isZero();
        CliHarness.Result refused = operator.run("team", "publish", "Olgas", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(refused.code()).isEqualTo(ExitCodes.FAILURE);
        assertThat(refused.err()).contains("Only the team's admin can publish or remove environments")
                .contains("user cli_olga");
    }

    @Test
    void anEditedCopyIsListedAsSuchAndTheTeamsNewerVersionIsTakenOnRequest() throws Exception {
        CliHarness admin = connected("admin2", "postgres");
        assertThat(addProduction(admin, "Staging").code()).isZero();
        assertThat(admin.run("team", "publish", "Staging", "--passphrase-env", "SB_PASSPHRASE").code()).isZero();
        CliHarness operator = connected("operator2", "cli_olga");
        assertThat(operator.run("env", "list", "--passphrase-env", "SB_PASSPHRASE").code()).isZero();

        assertThat(operator.run("env", "edit", "Staging", "--colour", "#000000", "--passphrase-env", "SB_PASSPHRASE").code())
                .isZero();
        assertThat(admin.run("env", "edit", "Staging", "--fynn-url", "https://eu.coreapi.io", "--passphrase-env", "SB_PASSPHRASE")
                .code()).isZero();
        assertThat(admin.run("team", "publish", "Staging", "--passphrase-env", "SB_PASSPHRASE").out()).contains("revision 2");

        CliHarness.Result list = operator.run("env", "list", "--format", "csv", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(list.out()).containsPattern("(?m)^Staging,edited here · team has a newer version,");
        assertThat(list.err()).contains("Staging: Taken from the team (revision 1) and edited here")
                .contains("newer version (revision 2 by postgres)");

        CliHarness.Result take = operator.run("team", "take", "Staging", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(take.code()).as(take.all()).isZero();
        CliHarness.Result after = operator.run("env", "list", "--format", "csv", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(after.out()).containsPattern("(?m)^Staging,from team,.*https://eu.coreapi.io");
    }
}
