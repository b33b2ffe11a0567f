package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TeamConnectionTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @Test
    void connectingCreatesTheSchemaAndMeetingItAgainChangesNothing() throws Exception {
        assertThat(TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-1"), null))).isEqualTo("101");
        assertThat(TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-1"), null))).isEqualTo("101");
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from team_schema_history where success")) {
            rows.next();
            // one row per migration file, whoever added it (approvals number theirs from V100)
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/team"))) {
                assertThat(rows.getInt(1)).isEqualTo(files.filter(f -> f.getFileName().toString().startsWith("V")).count());
            }
        }
    }

    @Test
    void theTeamLogRefusesUpdatesDeletesAndAForgedWriter() throws Exception {
        TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-1"), null));
        DB.execute("insert into team_activity (entry_id, at, desk, written_by, environment, api, outcome, entry) "
                + "values ('forged-1', now(), 'desk-1', 'somebody_else', 'Demo', 'FYNN', 'SUCCEEDED', '{}')");
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select written_by from team_activity where entry_id = 'forged-1'")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("postgres");
        }
        assertThatThrownBy(() -> DB.execute("update team_activity set reason = 'x' where entry_id = 'forged-1'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> DB.execute("delete from team_activity where entry_id = 'forged-1'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> DB.execute("truncate team_activity")).hasMessageContaining("append-only");
    }

    @Test
    void aSchemaNewerThanThisConsoleKnowsIsSaidAndLeftAlone() throws Exception {
        TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-1"), null));
        DB.execute("insert into team_schema_history (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) values (999, '999', 'from a newer console', 'SQL', "
                + "'V999__newer.sql', 0, 'postgres', 1, true)");
        try {
            assertThatThrownBy(() -> TeamSchema.migrate(TeamDatabase.of(DB.settings("desk-1"), null)))
                    .isInstanceOfSatisfying(TeamException.class, e -> {
                        assertThat(e.kind()).isEqualTo(TeamException.Kind.SCHEMA_TOO_NEW);
                        assertThat(e.getMessage()).contains("version 999").contains("newer");
                    });
        } finally {
            DB.execute("delete from team_schema_history where version = '999'");
        }
    }

    @Test
    void aWrongPasswordIsSaidAsSuch() throws Exception {
        DB.execute("do $$ begin if not exists (select from pg_roles where rolname = 'anna') then "
                + "create role anna login password 'right-one'; end if; end $$");
        requirePasswordsFor(DB, "anna");
        TeamSettings anna = TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), "anna", "desk-7");
        assertThatThrownBy(() -> TeamDatabase.of(anna, "wrong-one").connect())
                .isInstanceOfSatisfying(TeamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeamException.Kind.WRONG_PASSWORD);
                    assertThat(e.getMessage()).contains("anna").contains("password").doesNotContain("wrong-one");
                });
        try (Connection ok = TeamDatabase.of(anna, "right-one").connect()) {
            assertThat(ok.isValid(1)).isTrue();
        }
    }

    @Test
    void aRemoteAddressWithoutVerifiedTlsIsRefusedBeforeConnecting() {
        for (TeamSettings remote : new TeamSettings[]{
            TeamSettings.ofUrl("jdbc:postgresql://db.example.org:5432/team", "anna", "desk-7"),
            TeamSettings.ofUrl("jdbc:postgresql://db.example.org/team?sslmode=require", "anna", "desk-7"),
            TeamSettings.ofUrl("jdbc:postgresql://10.0.0.8/team?sslmode=verify-full&sslfactory=org.postgresql.ssl.NonValidatingFactory", "anna", "desk-7"),
            TeamSettings.ofUrl("jdbc:postgresql://localhost,db.example.org/team", "anna", "desk-7")}) {
            assertThatThrownBy(() -> TeamDatabase.of(remote, "secret"))
                    .isInstanceOfSatisfying(TeamException.class, e -> {
                        assertThat(e.kind()).isEqualTo(TeamException.Kind.NOT_ENCRYPTED);
                        assertThat(e.getMessage()).contains("verify-full");
                    });
        }
    }

    @Test
    void remoteHostsGetVerifiedTlsAndLoopbackMayBePlain() throws TeamException {
        assertThat(TeamAddress.jdbcUrl(TeamSettings.ofHost("db.example.org", 5432, "team", "anna", "d")))
                .startsWith("jdbc:postgresql://db.example.org:5432/team?sslmode=verify-full");
        assertThat(TeamAddress.jdbcUrl(TeamSettings.ofHost("::1", 5432, "team", "anna", "d")))
                .startsWith("jdbc:postgresql://[::1]:5432/team?sslmode=disable");
        assertThat(TeamAddress.jdbcUrl(TeamSettings.ofUrl("jdbc:postgresql://db.example.org/team?sslmode=verify-full", "a", "d")))
                .contains("connectTimeout=");
    }

    @Test
    void aPasswordInTheUrlIsRefusedSoTheSettingsFileNeverHoldsIt() {
        assertThatThrownBy(() -> TeamDatabase.of(TeamSettings.ofUrl(
                "jdbc:postgresql://localhost/team?password=hunter2", "anna", "d"), null))
                .isInstanceOfSatisfying(TeamException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TeamException.Kind.SETTINGS);
                    assertThat(e.getMessage()).doesNotContain("hunter2");
                });
    }

    @Test
    void aServerThatIsNotPostgresIsSaidAsSuch() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        try (ServerSocket http = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try (Socket client = http.accept(); OutputStream out = client.getOutputStream()) {
                    client.getInputStream().read(new byte[512]);
                    out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
                    answered.incrementAndGet();
                } catch (IOException ignored) {
                    // the test's assertion tells what happened
                }
            }, "http-impostor");
            server.start();
            TeamSettings impostor = TeamSettings.ofHost("127.0.0.1", http.getLocalPort(), "team", "anna", "d");
            assertThatThrownBy(() -> TeamSchema.migrate(TeamDatabase.of(impostor, "secret")))
                    .isInstanceOfSatisfying(TeamException.class, e -> {
                        assertThat(e.kind()).isEqualTo(TeamException.Kind.NOT_POSTGRES);
                        assertThat(e.getMessage()).contains("not a PostgreSQL server");
                    });
            server.join(5000);
        }
        assertThat(answered).hasValue(1);
    }

    /** Makes the server ask {@code role} for its password (the embedded server trusts everyone on loopback). */
    static void requirePasswordsFor(TeamDatabaseExtension db, String role) throws SQLException, IOException {
        Path hba;
        try (Connection c = db.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("show hba_file")) {
            rows.next();
            hba = Path.of(rows.getString(1));
        }
        String rule = "host all " + role + " 127.0.0.1/32 scram-sha-256\n";
        String current = Files.readString(hba);
        if (!current.startsWith(rule)) {
            Files.writeString(hba, rule + current);
        }
        db.execute("select pg_reload_conf()");
        // the server reloads its rules on a signal: wait until a wrong password is refused
        TeamSettings probe = TeamSettings.ofHost("127.0.0.1", db.port(), db.database(), role, "d");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection ignored = TeamDatabase.of(probe, "not-the-password").connect()) {
                Thread.onSpinWait();
            } catch (TeamException refused) {
                return;
            }
        }
    }
}
