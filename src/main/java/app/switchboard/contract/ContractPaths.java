package app.switchboard.contract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations the project's copy of an API contract declares ({@code /app/switchboard/api/*.yaml}):
 * method, path template and {@code x-provenance}. The sandbox serves by it and the diagnostic
 * report names a request by it, so neither guesses which path segment is an id. The contracts'
 * layout is regular (paths at two spaces, methods at four, the marker at six), so a line scan
 * suffices and no YAML library is needed at run time.
 */
public final class ContractPaths {
    public static final String DER_CONNECT = "der-connect.yaml";
    public static final String FYNN = "fynn.yaml";
    private static final Pattern PATH = Pattern.compile("^  (/\\S*):\\s*$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|patch|delete):\\s*$");
    private static final Pattern MARK = Pattern.compile("^      x-provenance:\\s*(\\S+)\\s*$");

    /** One operation; {@code provenance} is null where the contract gives none. */
    public record Operation(String method, String template, String provenance) {
        /** Documented by the vendor: {@code seen}, or {@code seen-n8n} (their own integration's code). */
        public boolean documented() {
            return provenance != null && provenance.startsWith("seen");
        }

        List<String> segments() {
            return Arrays.stream(template.split("/")).filter(s -> !s.isEmpty()).toList();
        }

        /** e.g. {@code GET /v1/entities/{entityId}/features}. */
        public String name() {
            return method + " " + template;
        }
    }

    /** Where a request path lies in the contract: the part before the template (the base URL's path) and the operation. */
    public record Match(String prefix, Operation operation) {
        /** The request path with its ids replaced by the contract's parameter names. */
        public String pathTemplate() {
            return prefix + operation.template();
        }
    }

    private final List<Operation> operations;

    private ContractPaths(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    /** @param contract the file name below {@code /app/switchboard/api/}, e.g. {@link #DER_CONNECT} */
    public static ContractPaths of(String contract) {
        List<Operation> found = new ArrayList<>();
        try (InputStream in = ContractPaths.class.getResourceAsStream("/app/switchboard/api/" + contract)) {
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
                Matcher m;
                if (!inPaths) {
                    continue;
                } else if ((m = PATH.matcher(line)).matches()) {
                    path = m.group(1);
                    method = null;
                } else if ((m = METHOD.matcher(line)).matches() && path != null) {
                    method = m.group(1).toUpperCase(Locale.ROOT);
                    found.add(new Operation(method, path, null));
                } else if ((m = MARK.matcher(line)).matches() && method != null) {
                    found.set(found.size() - 1, new Operation(method, path, m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ContractPaths(found);
    }

    public List<Operation> operations() {
        return operations;
    }

    /**
     * The operation whose template ends {@code path} (decoded segments, the base URL's path first):
     * literal segments equal, each parameter one non-empty segment. Of several, the one of this
     * method, then the longest, then the one with most literal segments, wins.
     */
    public Optional<Match> match(String method, List<String> path) {
        List<String> segments = path.stream().filter(s -> !s.isEmpty()).toList();
        return operations.stream()
                .filter(op -> endsWith(segments, op.segments()))
                .max(Comparator.<Operation>comparingInt(op -> op.method().equalsIgnoreCase(method) ? 1 : 0)
                        .thenComparingInt(op -> op.segments().size())
                        .thenComparingLong(op -> op.segments().stream().filter(s -> !isParameter(s)).count()))
                .map(op -> new Match(prefix(segments, op.segments().size()), op));
    }

    private static boolean endsWith(List<String> segments, List<String> template) {
        int offset = segments.size() - template.size();
        if (offset < 0 || template.isEmpty()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            String expected = template.get(i);
            if (!isParameter(expected) && !expected.equals(segments.get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    private static String prefix(List<String> segments, int templateLength) {
        List<String> before = segments.subList(0, segments.size() - templateLength);
        return before.isEmpty() ? "" : "/" + String.join("/", before);
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }
}
