package app.switchboard.client;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one place that masks credentials in text that may reach a log line, an exception, the
 * activity log or the screen. It matches the shapes HTTP and OAuth traffic takes (headers, form
 * bodies, JSON fields), so it also catches secrets the application never knew it was handling;
 * {@link #scrub(String, Collection)} additionally masks known secret values a server echoes back.
 */
public final class Redaction {
    public static final String MASK = "[redacted]";

    private static final String VALUE = "[^\\s\"',;&}]+";

    private static final List<Rule> RULES = List.of(
            // Authorization: Bearer xyz / Authorization: Basic xyz / "Authorization":"..."
            new Rule(Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)(?:(?:bearer|basic|token)\\s+)?" + VALUE),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9\\-._~+/]+=*"), "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(client_secret|access_token|refresh_token|id_token|api[_-]?key"
                    + "|x-api-key|password|passphrase|secret)(\"?\\s*[:=]\\s*\"?)" + VALUE), "$1$2" + MASK));

    private Redaction() {
    }

    /** Masks everything that looks like a credential: authorization headers, bearer tokens, secret fields. */
    public static String scrubPatterns(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }

    /**
     * Also masks the given known secret values wherever they occur, e.g. when a server echoes a key
     * back: the values first, in every form {@link KnownSecrets} knows, then the patterns.
     */
    public static String scrub(String text, Collection<String> knownSecrets) {
        return KnownSecrets.of(knownSecrets).mask(text);
    }

    private record Rule(Pattern pattern, String replacement) {
    }
}
