package app.switchboard.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The one rule for where credentials may go over plain http: only to this computer, named by an
 * IP literal in 127.0.0.0/8, the IPv6 loopback {@code ::1} (in brackets in a URL), or exactly
 * {@code localhost}. Anything else, including names such as {@code 127.example.com} that merely
 * start like a loopback address and resolve wherever their owner likes, needs https. The Settings
 * form, the command line's {@code env add}/{@code env edit} and the client all ask this class, and
 * parse URLs with the same parser the client sends with, so that no two of them can disagree.
 */
public final class LoopbackHosts {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

    private LoopbackHosts() {
    }

    /** Whether a request to {@code url} may carry a credential: https, or plain http to a loopback host. */
    public static boolean mayCarryCredentials(HttpUrl url) {
        return url.isHttps() || isLoopback(url.host());
    }

    /** The same for a URL as typed; false when the client could not parse it at all. */
    public static boolean mayCarryCredentials(String url) {
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        return parsed != null && mayCarryCredentials(parsed);
    }

    /** Whether {@code host} (as in a URL, IPv6 with or without brackets) names this computer without DNS. */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost")) {
            return true;
        }
        Matcher v4 = IPV4.matcher(h);
        if (v4.matches()) {
            // the first octet exactly "127": a resolver may read "0127" as octal, i.e. another network
            return v4.group(1).equals("127") && octets(v4);
        }
        if (h.indexOf(':') >= 0 && IPV6.matcher(h).matches()) {
            try {
                // a literal with a colon is parsed, never looked up
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static boolean octets(Matcher v4) {
        for (int i = 2; i <= 4; i++) {
            if (Integer.parseInt(v4.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }
}
