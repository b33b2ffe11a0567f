package app.switchboard.client;

import java.util.Collection;
import java.util.regex.Pattern;

/** Removes credentials from text that may reach a log line, an exception or the screen. */
public final class Redaction {
    public static final String MASK = "[redacted]";

    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._~+/=-]+");
    private static final Pattern FORM_SECRET = Pattern.compile(
            "(?i)((?:client_secret|access_token|api_key|apikey|password)=)[^&\\s\"]+");
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(?i)(\"(?:client_secret|access_token|api_key|apiKey|password|secret)\"\\s*:\\s*\")[^\"]*");

    private Redaction() {
    }

    /** Masks everything that looks like a credential: bearer tokens, secret form fields and JSON fields. */
    public static String scrubPatterns(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = BEARER.matcher(text).replaceAll("$1" + MASK);
        out = FORM_SECRET.matcher(out).replaceAll("$1" + MASK);
        return JSON_SECRET.matcher(out).replaceAll("$1" + MASK);
    }

    /** Also masks the given known secret values wherever they occur, e.g. when a server echoes a key back. */
    public static String scrub(String text, Collection<String> knownSecrets) {
        String out = scrubPatterns(text);
        if (out == null) {
            return null;
        }
        for (String secret : knownSecrets) {
            // very short values would mask ordinary words; real keys and secrets are long
            if (secret != null && secret.length() >= 6) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }
}
