package app.switchboard.client;

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
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ApiErrorKind kind;
    private final String api;
    private final int status;
    private final List<String> serverWords;
    private final String method;
    private final String path;
    private final String host;
    private final String requestId;
    private final Duration retryAfter;

    public ApiException(ApiErrorKind kind, String api, int status, List<String> serverWords,
                        String method, String path, String host, String requestId, Duration retryAfter,
                        Throwable cause) {
        super(null, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.api = api == null ? "The server" : api;
        this.status = status;
        this.serverWords = serverWords == null ? List.of() : List.copyOf(serverWords);
        this.method = method;
        this.path = path;
        this.host = host;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
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

    /** One or two sentences for the operator: what happened, the server's reason, what to do. */
    public String userMessage() {
        StringBuilder text = new StringBuilder(api).append(' ').append(kind.phrase());
        if (status > 0) {
            text.append(" (HTTP ").append(status).append(')');
        }
        if (!serverWords.isEmpty()) {
            text.append(": ").append(String.join("; ", serverWords));
        } else if (kind == ApiErrorKind.NETWORK || kind == ApiErrorKind.TLS || kind == ApiErrorKind.TIMEOUT) {
            text.append(host == null ? "" : " at " + host).append(causeWords());
        }
        char last = text.charAt(text.length() - 1);
        if (last != '.' && last != '!' && last != '?') {
            text.append('.');
        }
        advice().ifPresent(a -> text.append(' ').append(a));
        return text.toString();
    }

    private String causeWords() {
        Throwable cause = getCause();
        return cause == null || cause.getMessage() == null ? "" : " (" + Redaction.scrubPatterns(cause.getMessage()) + ")";
    }

    private Optional<String> advice() {
        switch (kind) {
            case UNAUTHORISED:
                return Optional.of(api.startsWith("Fynn")
                        ? "Check the Fynn API key in Settings; it may have expired or been revoked."
                        : "Check the client id and client secret in Settings.");
            case RATE_LIMITED:
                return Optional.of(retryAfter == null ? "Wait a moment and try again."
                        : "Try again in " + Math.max(1, retryAfter.toSeconds()) + " s.");
            case SERVER_ERROR:
            case TIMEOUT:
                return Optional.of("Try again; if it persists, contact the provider"
                        + (requestId == null ? "." : " quoting request id " + requestId + "."));
            case NETWORK:
                return Optional.of("Check the URL in Settings and the network connection.");
            case INSECURE:
                return Optional.of("Change the URL in Settings to https.");
            default:
                return Optional.empty();
        }
    }

    @Override
    public String getMessage() {
        StringBuilder text = new StringBuilder(userMessage());
        if (method != null) {
            text.append(" [").append(method).append(' ').append(path == null ? "" : path);
            if (requestId != null) {
                text.append(", request id ").append(requestId);
            }
            text.append(']');
        }
        return text.toString();
    }
}
