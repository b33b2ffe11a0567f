package app.switchboard.team;

import app.switchboard.text.Words;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.net.ssl.SSLException;

/**
 * Opens connections to the team database and turns what the driver says into a sentence. Holds
 * the password only in memory; it comes from the secret store.
 */
public final class TeamDatabase {
    private final TeamSettings settings;
    private final String url;
    private final String password;

    private TeamDatabase(TeamSettings settings, String url, String password) {
        this.settings = settings;
        this.url = url;
        this.password = password;
    }

    /** Checks the settings against the transport rule; connects only when asked. */
    public static TeamDatabase of(TeamSettings settings, String password) throws TeamException {
        return new TeamDatabase(settings, TeamAddress.jdbcUrl(settings), password);
    }

    public TeamSettings settings() {
        return settings;
    }

    String url() {
        return url;
    }

    String user() {
        return settings.user();
    }

    String password() {
        return password;
    }

    /** A new connection in auto-commit mode; the caller closes it. */
    public Connection connect() throws TeamException {
        Properties properties = new Properties();
        if (settings.user() != null) {
            properties.setProperty("user", settings.user());
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try {
            return DriverManager.getConnection(url, properties);
        } catch (SQLException e) {
            throw explain(e);
        }
    }

    /** What a failed call means for the operator; {@link TeamException.Kind#OFFLINE} when a retry may help. */
    public TeamException explain(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = settings.describe();
        if (state.equals("28P01") || state.equals("28000")) {
            return new TeamException(TeamException.Kind.WRONG_PASSWORD, Words.of("team.problem.wrongPassword",
                    String.valueOf(settings.user()), where), e);
        }
        if (state.equals("3D000")) {
            return new TeamException(TeamException.Kind.SETTINGS, Words.of("team.problem.noDatabase", where), e);
        }
        if (state.equals("42501")) {
            return new TeamException(TeamException.Kind.NOT_ALLOWED, Words.of("team.problem.notAllowed",
                    String.valueOf(settings.user()), firstLine(e.getMessage())), e);
        }
        if (state.equals("08P01") || hasCause(e, EOFException.class) && !state.startsWith("57")) {
            return new TeamException(TeamException.Kind.NOT_POSTGRES, Words.of("team.problem.notPostgres", where), e);
        }
        if (hasCause(e, SSLException.class)) {
            return new TeamException(TeamException.Kind.TLS, Words.of("team.problem.tls", where,
                    firstLine(rootMessage(e))), e);
        }
        if (state.startsWith("08") || state.startsWith("57P") || state.equals("53300")
                || hasCause(e, ConnectException.class) || hasCause(e, SocketTimeoutException.class)
                || hasCause(e, UnknownHostException.class)) {
            return new TeamException(TeamException.Kind.OFFLINE, Words.of("team.problem.offline", where,
                    firstLine(rootMessage(e))), e);
        }
        return new TeamException(TeamException.Kind.FAILED, Words.of("team.problem.failed", where,
                firstLine(e.getMessage())), e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
