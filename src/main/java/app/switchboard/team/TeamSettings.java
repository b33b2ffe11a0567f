package app.switchboard.team;

/**
 * Where the team database is: either host, port, database and user, or a JDBC URL (then the user
 * field still names the user unless the URL does). Never a password: that lives in the secret
 * store under {@link #PASSWORD_KEY}.
 *
 * @param host     host name or address
 * @param port     TCP port, 5432 by default
 * @param database database name
 * @param user     database role the console logs in as
 * @param jdbcUrl  a complete {@code jdbc:postgresql://…} URL instead of host, port and database
 * @param desk     this computer's name as the team log shows it
 */
public record TeamSettings(String host, int port, String database, String user, String jdbcUrl, String desk) {
    public static final String PASSWORD_KEY = "team.database.password";
    public static final int DEFAULT_PORT = 5432;

    public TeamSettings {
        host = blankToNull(host);
        database = blankToNull(database);
        user = blankToNull(user);
        jdbcUrl = blankToNull(jdbcUrl);
        desk = blankToNull(desk);
        port = port <= 0 ? DEFAULT_PORT : port;
    }

    public static TeamSettings ofHost(String host, int port, String database, String user, String desk) {
        return new TeamSettings(host, port, database, user, null, desk);
    }

    public static TeamSettings ofUrl(String jdbcUrl, String user, String desk) {
        return new TeamSettings(null, DEFAULT_PORT, null, user, jdbcUrl, desk);
    }

    /** Where it points, for status lines (never a password: settings hold none). */
    public String describe() {
        return jdbcUrl != null ? jdbcUrl : host + ":" + port + "/" + database;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
