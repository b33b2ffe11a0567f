package app.switchboard.team;

import app.switchboard.text.Words;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.postgresql.Driver;

/**
 * The JDBC URL for {@link TeamSettings}, and the transport rule: a plain connection only to this
 * computer (loopback); anything else must verify the server's certificate and host name
 * ({@code sslmode=verify-full}). Passwords never go into a URL (the settings file would hold it).
 */
public final class TeamAddress {
    /** Timeouts in seconds: a database that does not answer must not hold a console up. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    static final int SOCKET_TIMEOUT_SECONDS = 30;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

    private TeamAddress() {
    }

    /** The URL to connect with, or why these settings may not be used. */
    public static String jdbcUrl(TeamSettings settings) throws TeamException {
        String url = settings.jdbcUrl() != null ? settings.jdbcUrl() : fromParts(settings);
        Properties parsed = Driver.parseURL(url, null);
        if (parsed == null) {
            throw settingsProblem(Words.of("team.problem.url", url));
        }
        for (String forbidden : new String[]{"password", "sslpassword"}) {
            if (parsed.getProperty(forbidden) != null) {
                throw settingsProblem(Words.of("team.problem.passwordInUrl"));
            }
        }
        String hosts = parsed.getProperty("PGHOST", "localhost");
        boolean allLocal = true;
        for (String host : hosts.split(",")) {
            allLocal &= isLoopback(host);
        }
        if (!allLocal) {
            String mode = parsed.getProperty("sslmode", "").toLowerCase(Locale.ROOT);
            boolean ownVerifier = parsed.getProperty("sslfactory") != null || parsed.getProperty("sslhostnameverifier") != null;
            if (!"verify-full".equals(mode) || ownVerifier) {
                throw new TeamException(TeamException.Kind.NOT_ENCRYPTED, Words.of("team.problem.notEncrypted", hosts));
            }
        }
        return withDefaults(url, parsed);
    }

    private static String fromParts(TeamSettings settings) throws TeamException {
        if (settings.host() == null) {
            throw settingsProblem(Words.of("team.problem.missing", Words.of("team.field.host")));
        }
        if (settings.database() == null) {
            throw settingsProblem(Words.of("team.problem.missing", Words.of("team.field.database")));
        }
        if (settings.port() > 65535) {
            throw settingsProblem(Words.of("team.problem.port", settings.port()));
        }
        String host = settings.host().contains(":") && !settings.host().startsWith("[")
                ? "[" + settings.host() + "]" : settings.host();
        String mode = isLoopback(settings.host()) ? "disable" : "verify-full";
        return "jdbc:postgresql://" + host + ":" + settings.port() + "/"
                + URLEncoder.encode(settings.database(), StandardCharsets.UTF_8) + "?sslmode=" + mode;
    }

    /** Timeouts and the application name, unless the URL sets them itself. */
    private static String withDefaults(String url, Properties parsed) {
        StringBuilder out = new StringBuilder(url);
        char separator = url.contains("?") ? '&' : '?';
        String[][] defaults = {
            {"connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS)},
            {"loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS)},
            {"socketTimeout", String.valueOf(SOCKET_TIMEOUT_SECONDS)},
            {"tcpKeepAlive", "true"},
            {"reWriteBatchedInserts", "true"},
            {"ApplicationName", "Switchboard"}};
        for (String[] pair : defaults) {
            if (parsed.getProperty(pair[0]) == null) {
                out.append(separator).append(pair[0]).append('=').append(pair[1]);
                separator = '&';
            }
        }
        return out.toString();
    }

    /** Loopback by its literal name or address only: resolving a remote name here could block and be spoofed. */
    static boolean isLoopback(String host) {
        String bare = host.strip().toLowerCase(Locale.ROOT);
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        if (bare.equals("localhost") || IPV4_LOOPBACK.matcher(bare).matches()) {
            return true;
        }
        if (bare.contains(":")) {
            try {
                return InetAddress.getByName(bare).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static TeamException settingsProblem(Words words) {
        return new TeamException(TeamException.Kind.SETTINGS, words);
    }
}
