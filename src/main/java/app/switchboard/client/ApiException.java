package app.switchboard.client;

import app.switchboard.network.TlsProblem;
import app.switchboard.text.Worded;
import app.switchboard.text.Words;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed call to DER Connect or Fynn. Carries the classification, the HTTP status (0 when no
 * answer arrived), the server's own words, what was attempted and the server's request id, so that
 * the operator sees something actionable and support can trace it. Never contains a secret: server
 * words pass through {@link Redaction} before they get here.
 */
public class ApiException extends RuntimeException implements Worded {
    private static final long serialVersionUID = 1L;

    private final ApiErrorKind kind;
    private static final String UNNAMED = "The server";
    /** How an API's sign-in (token) service is named, e.g. "DER Connect sign-in". */
    private static final String SIGN_IN = " sign-in";
    private final String api;
    private final int status;
    private final List<String> serverWords;
    private final String method;
    private final String path;
    private final String host;
    private final String requestId;
    private final Duration retryAfter;
    /** Set for answers that suggest a contract difference; not serialised with the exception. */
    private transient DiagnosticReport diagnostic;

    public ApiException(ApiErrorKind kind, String api, int status, List<String> serverWords,
                        String method, String path, String host, String requestId, Duration retryAfter,
                        Throwable cause) {
        super(null, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.api = api == null ? UNNAMED : api;
        this.status = status;
        this.serverWords = serverWords == null ? List.of() : List.copyOf(serverWords);
        this.method = method;
        this.path = path;
        this.host = host;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    /** What a vendor needs when this answer suggests the contract differs from the service. */
    public Optional<DiagnosticReport> diagnostic() {
        return Optional.ofNullable(diagnostic);
    }

    ApiException withDiagnostic(DiagnosticReport report) {
        this.diagnostic = report;
        return this;
    }

    public ApiErrorKind kind() {
        return kind;
    }

    /** Which API (or sign-in service) answered, e.g. "DER Connect", "DER Connect sign-in", "Fynn". */
    public String api() {
        return api;
    }

    /** HTTP status, or 0 when the server never answered. */
    public int status() {
        return status;
    }

    /** The server's own explanation, e.g. DER {@code errors[].message} or Fynn {@code detail}. */
    public List<String> serverWords() {
        return serverWords;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String host() {
        return host;
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** One or two sentences for the operator in English: what happened, the server's reason, what to do. */
    public String userMessage() {
        return reasonWords().english();
    }

    /** {@link #userMessage()} in any language, with what was attempted in brackets; the server's words verbatim. */
    @Override
    public Words words() {
        if (method == null) {
            return reasonWords();
        }
        String where = method + " " + (path == null ? "" : path);
        return requestId == null ? Words.of("client.error.where", reasonWords(), where)
                : Words.of("client.error.whereWithId", reasonWords(), where, requestId);
    }

    /** What happened and what to do, without the request details: {@link #userMessage()} in any language. */
    public Words reasonWords() {
        Words what = Words.of("client.kind." + kind.name(), apiWords());
        Words happened;
        if (!serverWords.isEmpty()) {
            String said = String.join("; ", serverWords);
            char last = said.charAt(said.length() - 1);
            Words server = Words.verbatim(last == '.' || last == '!' || last == '?' ? said : said + ".");
            happened = status > 0 ? Words.of("client.error.statusServer", what, String.valueOf(status), server)
                    : Words.of("client.error.server", what, server);
        } else if (kind == ApiErrorKind.NETWORK || kind == ApiErrorKind.TLS || kind == ApiErrorKind.TIMEOUT) {
            Words cause = Words.verbatim(causeWords());
            happened = host == null ? Words.of("client.error.cause", what, cause)
                    : Words.of("client.error.at", what, host, cause);
        } else {
            happened = status > 0 ? Words.of("client.error.status", what, String.valueOf(status))
                    : Words.of("client.error.plain", what);
        }
        return advice().map(a -> Words.of("client.error.advice", happened, a)).orElse(happened);
    }

    /** Product names read the same in every language; a sign-in service and an unnamed server do not. */
    private Words apiWords() {
        if (api.equals(UNNAMED)) {
            return Words.of("client.api.unnamed");
        }
        return api.endsWith(SIGN_IN) ? Words.of("client.api.signIn", api.substring(0, api.length() - SIGN_IN.length()))
                : Words.verbatim(api);
    }

    private String causeWords() {
        Throwable cause = getCause();
        return cause == null || cause.getMessage() == null ? "" : " (" + Redaction.scrubPatterns(cause.getMessage()) + ")";
    }

    private Optional<Words> advice() {
        switch (kind) {
            case UNAUTHORISED:
                return Optional.of(Words.of(api.startsWith("Fynn") ? "client.advice.fynnKey" : "client.advice.derSecret"));
            case RATE_LIMITED:
                return Optional.of(retryAfter == null ? Words.of("client.advice.wait")
                        : Words.of("client.advice.waitSeconds", Math.max(1, retryAfter.toSeconds())));
            case SERVER_ERROR:
            case TIMEOUT:
                return Optional.of(requestId == null ? Words.of("client.advice.tryAgain")
                        : Words.of("client.advice.tryAgainQuoting", requestId));
            case NETWORK:
                return Optional.of(Words.of("client.advice.network"));
            case TLS:
                return Optional.of(Words.of("client.advice.tls." + TlsProblem.of(getCause()).name()));
            case INSECURE:
                return Optional.of(Words.of("client.advice.https"));
            default:
                return Optional.empty();
        }
    }

    @Override
    public String getMessage() {
        return words().english();
    }

}
