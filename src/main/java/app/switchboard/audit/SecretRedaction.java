package app.switchboard.audit;

import java.util.regex.Pattern;

/**
 * Last line of defence for the activity log: server messages and causes are written as given, so
 * anything shaped like a credential is masked before it can reach the file.
 */
final class SecretRedaction {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:client_secret|access_token|refresh_token|api[_-]?key|password|secret)\"?\\s*[=:]\\s*\"?)[^\\s\"&,}]+");

    private SecretRedaction() {
    }

    static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = BEARER.matcher(text).replaceAll("$1***");
        return KEY_VALUE.matcher(masked).replaceAll("$1***");
    }
}
