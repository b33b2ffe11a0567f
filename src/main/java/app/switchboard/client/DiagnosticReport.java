package app.switchboard.client;

import app.switchboard.contract.ContractPaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * What a vendor needs to act on an answer that suggests our contract differs from their service
 * (404 or 405 on a known path, an unreadable body, an error body of an unknown shape): method, path
 * template, status, response headers and the start of the body. Every secret Switchboard knows is
 * masked, and credential-bearing headers are left out whole, so it can be pasted into a ticket.
 */
public record DiagnosticReport(String api, String method, String pathTemplate, String operation, String host,
                               int status, List<String> headers, String bodyStart) {
    /** How much of the body goes into a report. */
    static final int BODY_CHARS = 4096;
    private static final Set<String> WITHHELD = Set.of("authorization", "proxy-authorization", "set-cookie", "cookie",
            "www-authenticate");
    /** Path segments that name one item: uuids, numbers, long opaque tokens. */
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{16,}|\\d+|[A-Za-z0-9_-]{24,}");

    public DiagnosticReport {
        headers = List.copyOf(headers);
    }

    /**
     * @param contract the API's contract copy: the request is named by the operation whose path
     *                 template it matches; null, or no match, falls back to replacing id-like segments
     */
    static DiagnosticReport of(String api, String method, HttpUrl url, int status, Headers headers, String body,
                               KnownSecrets secrets, ContractPaths contract) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; headers != null && i < headers.size(); i++) {
            String name = headers.name(i);
            lines.add(secrets.mask(name + ": " + (WITHHELD.contains(name.toLowerCase(Locale.ROOT)) ? "(withheld)"
                    : headers.value(i))));
        }
        // masked before it is cut: a secret crossing the cut would otherwise keep its first part
        String masked = body == null ? "" : secrets.mask(body);
        String start = masked.length() <= BODY_CHARS ? masked : masked.substring(0, BODY_CHARS) + "…";
        Optional<ContractPaths.Match> match = contract == null ? Optional.empty()
                : contract.match(method, url.pathSegments());
        String operation = match.map(m -> m.operation().name() + (m.operation().provenance() == null ? ""
                : " (x-provenance: " + m.operation().provenance() + ")")).orElse(null);
        return new DiagnosticReport(api, method, match.map(ContractPaths.Match::pathTemplate)
                .orElseGet(() -> template(url.encodedPath())), operation, Failures.hostOf(url), status, lines, start);
    }

    /** Without a contract match: {@code /der/v1/entities/5a55…/features} → {@code /der/v1/entities/{id}/features}. */
    static String template(String path) {
        if (path == null) {
            return "";
        }
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            if (ID.matcher(segments[i]).matches()) {
                segments[i] = "{id}";
            }
        }
        return String.join("/", segments);
    }

    /** Whether the answer suggests a contract difference: no such operation, or a body not as agreed. */
    static boolean suggestsContractDifference(ApiErrorKind kind, int status, boolean reasonRead, boolean bodyPresent) {
        return status == 404 || status == 405 || status == 501 || kind == ApiErrorKind.MALFORMED_RESPONSE
                || (status >= 400 && bodyPresent && !reasonRead);
    }

    /** The report as plain text, ready to paste. */
    public String text() {
        StringBuilder text = new StringBuilder("Switchboard diagnostic report\n");
        text.append("API: ").append(api).append('\n');
        text.append("Request: ").append(method).append(' ').append(pathTemplate).append(" on ").append(host).append('\n');
        text.append("Contract operation: ").append(operation == null ? "none matches this path" : operation).append('\n');
        text.append("Status: ").append(status).append('\n');
        text.append("Response headers:\n");
        headers.forEach(h -> text.append("  ").append(h).append('\n'));
        text.append("Body (first ").append(BODY_CHARS).append(" characters):\n").append(bodyStart).append('\n');
        return text.toString();
    }
}
