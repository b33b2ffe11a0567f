package app.switchboard.client;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret values this process has seen (read from the secret store, typed in, generated for the
 * Demo, obtained from a token endpoint), and the one redactor every outlet uses: the log file,
 * standard error, dialogs, the activity log. Each value is masked in every form a server or a
 * library may echo it in (raw, URL-encoded, JSON-escaped, HTML-escaped, base64, and base64 of
 * {@code id:secret} as in HTTP basic auth) before {@link Redaction}'s patterns run, because a
 * pattern that stops at a character such as {@code !} or a space would otherwise mask only the
 * start of a secret and leave its exact value unrecognisable. Parts of a value a server echoes
 * (its first characters, its end) are masked by {@link SecretParts}.
 */
public final class KnownSecrets {
    /**
     * Forms shorter than this are masked only where they stand alone (no letter or digit either
     * side): anywhere, they would mask parts of ordinary words; not at all, a short key would be
     * written in full.
     */
    static final int MIN_LENGTH = 6;

    private static final String[][] HTML_QUOTES = {{"&quot;", "&#39;"}, {"&quot;", "&#x27;"}, {"&quot;", "&#039;"},
        {"&quot;", "&apos;"}, {"&#34;", "&#39;"}, {"&#x22;", "&#x27;"}};

    private final Set<String> values = new LinkedHashSet<>();
    /** Every form of every value, longest first so that a longer form is never cut by a shorter one. */
    private volatile List<String> forms = List.of();
    /** The forms shorter than {@link #MIN_LENGTH}, each matched only as a whole word. */
    private volatile List<Pattern> shortForms = List.of();
    /** Parts of the values as a server may echo them (a key's start, its end). */
    private volatile SecretParts parts = SecretParts.NONE;

    public static KnownSecrets of(Collection<String> secrets) {
        KnownSecrets known = new KnownSecrets();
        secrets.forEach(known::remember);
        return known;
    }

    /** Masks {@code secret} from now on wherever this redactor is used. Null and short values are ignored. */
    public void remember(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        synchronized (values) {
            if (!values.add(secret)) {
                return;
            }
            Set<String> added = formsOf(secret);
            // HTTP clients trim header values, so a key pasted with blanks around it is sent, and echoed, without them
            added.addAll(formsOf(secret.strip()));
            Set<String> all = new LinkedHashSet<>(forms);
            added.stream().filter(f -> f.length() >= MIN_LENGTH).forEach(all::add);
            List<String> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            forms = List.copyOf(sorted);
            List<Pattern> shorter = new ArrayList<>(shortForms);
            added.stream().filter(f -> f.length() < MIN_LENGTH && !f.isBlank())
                    .map(f -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(f) + "(?![\\p{L}\\p{N}])"))
                    .forEach(shorter::add);
            shortForms = List.copyOf(shorter);
            parts = SecretParts.of(values.stream().map(String::strip).toList());
        }
    }

    /** Also masks base64 of {@code id:secret}, the form HTTP basic authentication sends a client's credentials in. */
    public void rememberPair(String id, String secret) {
        remember(secret);
        if (id != null && secret != null && !secret.isBlank()) {
            remember(base64(id + ":" + secret));
            remember(base64(URLEncoder.encode(id, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(secret, StandardCharsets.UTF_8)));
        }
    }

    /** Whether any value is known; for diagnostics and tests. */
    public boolean isEmpty() {
        return forms.isEmpty() && shortForms.isEmpty();
    }

    /** The text with every known value masked in every form, then credential-shaped text masked by pattern. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String form : forms) {
            if (out.contains(form)) {
                out = out.replace(form, Redaction.MASK);
            }
        }
        for (Pattern form : shortForms) {
            out = form.matcher(out).replaceAll(Matcher.quoteReplacement(Redaction.MASK));
        }
        return Redaction.scrubPatterns(parts.mask(out));
    }

    private static Set<String> formsOf(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(secret);
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8).replace("+", "%20"));
        String json = new String(JsonStringEncoder.getInstance().quoteAsString(secret));
        forms.add(json);
        forms.add(asciiJson(json, "\\u%04x"));
        forms.add(asciiJson(json, "\\u%04X"));
        // JSON may also escape the solidus
        forms.add(json.replace("/", "\\/"));
        // servers differ in the entities they escape quotes with (Python &#x27;, Go and Spring &#39;)
        for (String[] quotes : HTML_QUOTES) {
            forms.add(html(secret, quotes[0], quotes[1]));
        }
        forms.add(base64(secret));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(secret.getBytes(StandardCharsets.UTF_8)));
        return forms;
    }

    /** JSON with every non-ASCII character as a backslash-u escape, as many servers write it. */
    private static String asciiJson(String json, String escape) {
        StringBuilder out = new StringBuilder(json.length());
        json.chars().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else {
                out.append(String.format(escape, c));
            }
        });
        return out.toString();
    }

    private static String html(String secret, String quot, String apos) {
        return secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", quot)
                .replace("'", apos);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
