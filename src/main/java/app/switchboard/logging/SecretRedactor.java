package app.switchboard.logging;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Masks credentials in text that is about to be written somewhere a person or a support ticket
 * can see it: log lines, error details. Matches what HTTP and OAuth traffic looks like
 * (headers, form bodies, JSON), not specific secret values, so it also catches secrets the
 * application never knew it was logging.
 */
public final class SecretRedactor {
    public static final String MASK = "[REDACTED]";

    private static final String VALUE = "[^\\s\"',;&}]+";

    private static final List<Rule> RULES = List.of(
            // Authorization: Bearer xyz / Authorization: Basic xyz / "Authorization":"..."
            new Rule(Pattern.compile("(?i)(authorization\"?\\s*[:=]\\s*\"?)(?:(?:bearer|basic|token)\\s+)?" + VALUE),
                    "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9\\-._~+/]+=*"), "$1" + MASK),
            new Rule(Pattern.compile("(?i)\\b(client_secret|access_token|refresh_token|id_token|api[_-]?key"
                    + "|x-api-key|password|passphrase)(\"?\\s*[:=]\\s*\"?)" + VALUE), "$1$2" + MASK));

    private SecretRedactor() {
    }

    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (Rule rule : RULES) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }

    private record Rule(Pattern pattern, String replacement) {
    }
}
