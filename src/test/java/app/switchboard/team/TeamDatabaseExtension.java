package app.switchboard.team;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for tests: one embedded server per test JVM (started on first use, stopped when
 * the JVM ends), and a fresh database per test class, so classes never see each other's rows and
 * no class pays for a server start of its own. Register as a static field with
 * {@code @RegisterExtension}.
 */
public final class TeamDatabaseExtension implements BeforeAllCallback {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private String database;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        database = "team_test_" + DATABASES.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + database);
        }
    }

    /** The embedded server, started on first use and shared by every test class in this JVM. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the data folder is a temporary one
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    public String database() {
        return database;
    }

    public int port() {
        return server().getPort();
    }

    /** Settings for this class's database as the superuser {@code postgres} (no password on loopback). */
    public TeamSettings settings(String desk) {
        return TeamSettings.ofHost("127.0.0.1", port(), database, "postgres", desk);
    }

    /** A superuser connection to this class's database, for set-up and checks. */
    public Connection admin() throws SQLException {
        return server().getDatabase("postgres", database).getConnection();
    }

    /** Runs statements as the superuser in this class's database. */
    public void execute(String... statements) throws SQLException {
        try (Connection connection = admin(); Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
    }

    /** Makes the database unreachable for new connections and drops the open ones, as an outage would. */
    public void goOffline() throws SQLException {
        try (Connection connection = server().getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter database " + database + " allow_connections false");
            sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database
                    + "' and pid <> pg_backend_pid()");
        }
    }

    public void comeBack() throws SQLException {
        try (Connection connection = server().getPostgresDatabase().getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("alter database " + database + " allow_connections true");
        }
    }
}
