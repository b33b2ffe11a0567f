package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code team connect|status|disconnect} against the embedded PostgreSQL. */
@ExtendWith(SecretsInEncryptedFile.class)
class CliTeamTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
        cli.variables.put("SB_PASSPHRASE", "correct horse battery staple");
        cli.variables.put("SB_TEAM_PASSWORD", "team-password-31337");
    }

    @Test
    void connectShipsTheLogWrittenSoFarStatusSaysUpToDateAndDisconnectForgets() throws Exception {
        TeamEntries.append(cli.paths.activity(), "cli-connect", 3);

        CliHarness.Result connect = cli.run("team", "connect", "--host", "127.0.0.1", "--port", String.valueOf(DB.port()),
                "--database", DB.database(), "--user", "postgres", "--desk", "desk-9",
                "--password-env", "SB_TEAM_PASSWORD", "--passphrase-env", "SB_PASSPHRASE");

        assertThat(connect.code()).as(connect.all()).isZero();
        assertThat(connect.out()).contains("Connected to the team database").contains("Team log: up to date");
        assertThat(TeamEntries.teamIds(DB, "cli-connect-")).containsExactly("cli-connect-0", "cli-connect-1", "cli-connect-2");
        assertThat(cli.filesText()).as("the password is only in the encrypted secret file").doesNotContain("team-password-31337");

        TeamEntries.append(cli.paths.activity(), "cli-later", 2);
        CliHarness.Result status = cli.run("team", "status", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(status.code()).as(status.all()).isZero();
        assertThat(status.out()).contains("Team log: up to date");
        assertThat(TeamEntries.teamIds(DB, "cli-later-")).hasSize(2);

        CliHarness.Result disconnect = cli.run("team", "disconnect", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(disconnect.code()).as(disconnect.all()).isZero();
        assertThat(Files.exists(cli.paths.config().resolve("team.json"))).isFalse();
        assertThat(cli.run("team", "status").out()).contains("Team log: not set up");
    }

    @Test
    void aRemoteDatabaseWithoutVerifiedTlsIsAUsageErrorAndNothingIsKept() {
        CliHarness.Result connect = cli.run("team", "connect", "--url", "jdbc:postgresql://db.example.org/team",
                "--user", "anna", "--password-env", "SB_TEAM_PASSWORD", "--passphrase-env", "SB_PASSPHRASE");
        assertThat(connect.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(connect.err()).contains("sslmode=verify-full");
        assertThat(Files.exists(cli.paths.config().resolve("team.json"))).isFalse();
    }
}
