package app.switchboard.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which operations a contract marks as documented ({@code x-provenance: seen} or {@code seen-n8n}),
 * read from the contract the sandbox serves. The documented-only sandbox answers only these, so
 * the console can be tried against what the vendors actually promise. The contracts' layout is
 * regular (paths at two spaces, methods at four, the marker at six), so a line scan suffices and
 * no YAML library is needed at run time.
 */
final class Provenance {
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|patch|delete):\\s*$");
    private static final Pattern MARK = Pattern.compile("^      x-provenance:\\s*(\\S+)\\s*$");
    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]*}");

    private final Set<String> documented;

    private Provenance(Set<String> documented) {
        this.documented = Set.copyOf(documented);
    }

    static Provenance of(String contract) {
        Set<String> documented = new HashSet<>();
        try (InputStream in = Provenance.class.getResourceAsStream("/app/switchboard/api/" + contract)) {
            if (in == null) {
                throw new IllegalStateException("the contract " + contract + " is missing from the class path");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean inPaths = false;
            String path = null;
            String method = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.startsWith(" ") && !line.isBlank()) {
                    inPaths = line.startsWith("paths:");
                    continue;
                }
                if (!inPaths) {
                    continue;
                }
                Matcher m;
                if ((m = PATH.matcher(line)).matches()) {
                    path = m.group(1);
                    method = null;
                } else if ((m = METHOD.matcher(line)).matches()) {
                    method = m.group(1);
                } else if ((m = MARK.matcher(line)).matches() && path != null && method != null
                        && m.group(1).startsWith("seen")) {
                    documented.add(key(method, path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Provenance(documented);
    }

    /** Whether the contract documents {@code method} on {@code template} (parameter names do not matter). */
    boolean documents(String method, String template) {
        return documented.contains(key(method, template));
    }

    private static String key(String method, String template) {
        return method.toUpperCase(Locale.ROOT) + " " + PARAMETER.matcher(template).replaceAll("{}");
    }
}
