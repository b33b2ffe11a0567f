package app.switchboard.client;

import app.switchboard.contract.ContractPaths;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** Turns an HTTP answer or an I/O failure into a classified {@link ApiException}. */
final class Failures {
    static final int SNIPPET_LENGTH = 200;
    private static final List<String> REQUEST_ID_HEADERS = List.of("X-Request-Id", "X-Correlation-Id",
            "Request-Id", "X-Amzn-RequestId", "X-Trace-Id", "CF-Ray");
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final String apiName;
    private final ObjectMapper mapper;
    private final ErrorWords errorWords;
    /** The API's contract copy, which names a request in a diagnostic report; null where there is none. */
    private final ContractPaths contract;

    Failures(String apiName, ObjectMapper mapper, ErrorWords errorWords, ContractPaths contract) {
        this.apiName = apiName;
        this.mapper = mapper;
        this.errorWords = errorWords;
        this.contract = contract;
    }

    ApiException fromResponse(String method, HttpUrl url, int status, Headers headers, String body,
                              KnownSecrets secrets) {
        ApiErrorKind kind = ApiErrorKind.forStatus(status);
        Duration retryAfter = status == 429 || status == 503 ? retryAfter(headers).orElse(null) : null;
        List<String> words = words(body, secrets);
        ApiException failure = new ApiException(kind, apiName, status, words, method, url.encodedPath(),
                hostOf(url), requestId(headers), retryAfter, null);
        return DiagnosticReport.suggestsContractDifference(kind, status, !words.isEmpty(),
                body != null && !body.isBlank())
                ? failure.withDiagnostic(DiagnosticReport.of(apiName, method, url, status, headers, body, secrets,
                contract))
                : failure;
    }

    ApiException malformed(String method, HttpUrl url, int status, Headers headers, String body,
                           KnownSecrets secrets, Throwable cause) {
        return malformed(method, url, status, headers, body, secrets, cause, Optional.empty());
    }

    /** @param why why the reader gave up, when it can be said without quoting the body ({@link #limitExceeded}) */
    ApiException malformed(String method, HttpUrl url, int status, Headers headers, String body,
                           KnownSecrets secrets, Throwable cause, Optional<String> why) {
        String start = body == null || body.isBlank() ? "the body was empty" : "it began: " + snippet(body, secrets);
        List<String> words = new ArrayList<>();
        why.ifPresent(reason -> words.add(secrets.mask(reason)));
        words.add(secrets.mask(start));
        return new ApiException(ApiErrorKind.MALFORMED_RESPONSE, apiName, status, words, method, url.encodedPath(),
                hostOf(url), requestId(headers), null, cause)
                .withDiagnostic(DiagnosticReport.of(apiName, method, url, status, headers, body, secrets, contract));
    }

    /**
     * A valid answer deeper or longer than the reader's limits, in the reader's own words without the
     * class names it quotes ("Document nesting depth (1001) exceeds the maximum allowed (1000)"). Other
     * parse messages may quote the body, so they are not repeated here.
     */
    static Optional<String> limitExceeded(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException limit && limit.getOriginalMessage() != null) {
                String message = limit.getOriginalMessage().lines().findFirst().orElse("")
                        .replaceAll(", from `[^`]*`", "");
                return Optional.of("it exceeds what Switchboard reads: "
                        + (message.length() <= 200 ? message : message.substring(0, 200) + "…"));
            }
        }
        return Optional.empty();
    }

    ApiException fromIo(String method, HttpUrl url, IOException error, boolean cancelled) {
        return of(classify(error, cancelled), method, url, List.of(), error);
    }

    ApiException of(ApiErrorKind kind, String method, HttpUrl url, List<String> words, Throwable cause) {
        return new ApiException(kind, apiName, 0, words, method, url == null ? null : url.encodedPath(),
                url == null ? null : hostOf(url), null, null, cause);
    }

    static ApiErrorKind classify(IOException error, boolean cancelled) {
        if (error instanceof CredentialGuard.InsecureTransportException) {
            return ApiErrorKind.INSECURE;
        }
        if (cancelled) {
            return ApiErrorKind.CANCELLED;
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SSLException) {
                return ApiErrorKind.TLS;
            }
        }
        if (error instanceof SocketTimeoutException
                || (error instanceof InterruptedIOException && "timeout".equals(error.getMessage()))) {
            return ApiErrorKind.TIMEOUT;
        }
        return ApiErrorKind.NETWORK;
    }

    private List<String> words(String body, KnownSecrets secrets) {
        List<String> words = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return words;
        }
        JsonNode json = parseOrNull(body);
        if (json != null && json.isContainerNode()) {
            try {
                words.addAll(errorWords.read(json));
            } catch (RuntimeException e) {
                // an unexpected envelope is not a reason to lose the status; fall through to the generic fields
            }
            if (words.isEmpty()) {
                for (String field : List.of("message", "detail", "title", "error")) {
                    String value = json.path(field).asText("");
                    if (!value.isBlank()) {
                        words.add(value);
                        break;
                    }
                }
            }
        } else {
            words.add(snippet(body, secrets));
        }
        words.removeIf(String::isBlank);
        return words.stream().map(secrets::mask).toList();
    }

    private JsonNode parseOrNull(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The start of a non-JSON body, with HTML markup removed, short enough for a dialog. Masked
     * before it is cut, and before markup and spacing are tidied, so that neither the cut nor the
     * tidying leaves part of a secret that a whole-value match would no longer find.
     */
    static String snippet(String body, KnownSecrets secrets) {
        String text = SCRIPT_OR_STYLE.matcher(secrets.mask(body)).replaceAll(" ");
        text = secrets.mask(SPACE.matcher(TAG.matcher(text).replaceAll(" ")).replaceAll(" ").trim());
        return text.length() <= SNIPPET_LENGTH ? text : text.substring(0, SNIPPET_LENGTH) + "…";
    }

    static String requestId(Headers headers) {
        if (headers == null) {
            return null;
        }
        return REQUEST_ID_HEADERS.stream().map(headers::get).filter(v -> v != null && !v.isBlank())
                .findFirst().orElse(null);
    }

    /** Retry-After as delta-seconds or an HTTP date; absent or unreadable gives empty. */
    static Optional<Duration> retryAfter(Headers headers) {
        String value = headers == null ? null : headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }

    static String hostOf(HttpUrl url) {
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? url.host() : url.host() + ":" + url.port();
    }
}
