package app.switchboard.client;

import app.switchboard.contract.ContractPaths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to one API: adds the bearer credential, limits requests in flight, retries
 * idempotent requests with backoff, renews a rejected token once, classifies failures and maps
 * JSON answers to records. Blocking; call it from a background thread.
 */
public final class ApiCaller {
    private static final Logger log = LoggerFactory.getLogger(ApiCaller.class);
    private static final MediaType JSON = MediaType.get("application/json");
    public static final int DEFAULT_MAX_IN_FLIGHT = 8;
    /** The largest answer read unless an API sets its own limit: far above any page, far below the heap. */
    public static final long DEFAULT_MAX_BODY_BYTES = 8L << 20;

    private final OkHttpClient okHttp;
    private final ObjectMapper mapper;
    private final String apiName;
    private final String baseUrl;
    private final BearerSource bearer;
    private final Failures failures;
    private final RetryPolicy retry;
    private final Semaphore inFlight;
    private final Waiting waiting;
    private final CallScope scope;
    private final Builder builder;
    private final KnownSecrets known;

    private ApiCaller(Builder b, Semaphore inFlight, CallScope scope) {
        this.okHttp = b.okHttp;
        this.mapper = b.mapper;
        this.apiName = b.apiName;
        this.baseUrl = b.baseUrl;
        this.bearer = b.bearer;
        this.failures = new Failures(b.apiName, b.mapper, b.errorWords, b.contract);
        this.retry = b.retry;
        this.inFlight = inFlight;
        this.waiting = b.waiting;
        this.scope = scope;
        this.builder = b;
        this.known = b.known;
    }

    public static Builder builder(OkHttpClient okHttp, String apiName) {
        return new Builder(okHttp, apiName);
    }

    /** The same API, with every call it makes belonging to {@code scope}. Shares the in-flight limit. */
    public ApiCaller within(CallScope scope) {
        return new ApiCaller(builder, inFlight, Objects.requireNonNull(scope, "scope"));
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public String apiName() {
        return apiName;
    }

    public CallScope scope() {
        return scope;
    }

    public <T> T send(ApiRequest request, Class<T> type) {
        return send(request, type == null ? null : mapper.constructType(type));
    }

    /**
     * {@link #send(ApiRequest, Class)} for one item asked for by id: an answer naming another id is
     * refused in words ("it answered about B instead of A"), never handed on as A's data. A read's
     * answer without an id is refused too: nothing in it says it is about A. A write's answer
     * without one is kept (its state, or its absence, is judged by the change engine).
     */
    public <T> T sendFor(String askedId, Function<T, String> idOf, ApiRequest request, Class<T> type) {
        T answer = send(request, type);
        String answered = answer == null ? null : idOf.apply(answer);
        if (answered != null && !answered.equalsIgnoreCase(askedId)) {
            throw failures.of(ApiErrorKind.MALFORMED_RESPONSE, request.method(), urlOf(request),
                    List.of(secretsToHide().mask("it answered about " + answered + " instead of " + askedId
                            + "; Switchboard does not show it")), null);
        }
        if (answer != null && answered == null && "GET".equals(request.method())) {
            throw failures.of(ApiErrorKind.MALFORMED_RESPONSE, request.method(), urlOf(request),
                    List.of(secretsToHide().mask("its answer names no id, so nothing says it is about " + askedId
                            + "; Switchboard does not show it")), null);
        }
        return answer;
    }

    /** Sends the request and maps a 2xx body to {@code type} (null: the body is ignored). */
    public <T> T send(ApiRequest request, JavaType type) {
        HttpUrl url = urlOf(request);
        boolean carriesSecret = bearer != BearerSource.NONE || request.form() != null;
        if (carriesSecret && !CredentialGuard.mayCarryCredentials(url)) {
            throw failures.of(ApiErrorKind.INSECURE, request.method(), url, List.of(
                    "refused to send credentials over plain http to " + url.host()), null);
        }
        long start = waiting.nanoTime();
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            if (scope.isCancelled()) {
                throw failures.of(ApiErrorKind.CANCELLED, request.method(), url, List.of(), null);
            }
            String credential = bearer.bearer();
            known.remember(credential);
            if (credential != null && !headerSafe(credential)) {
                throw failures.of(ApiErrorKind.UNAUTHORISED, request.method(), url, List.of("Switchboard did not send "
                        + "the stored credential: it holds characters an HTTP header cannot carry (only printable ASCII)"),
                        null);
            }
            Exchange exchange = exchange(request, url, credential, attempt);
            if (exchange.tooLarge) {
                throw failures.of(ApiErrorKind.MALFORMED_RESPONSE, request.method(), url, List.of(
                        "the answer was larger than " + megabytes(builder.maxBodyBytes) + " MB"), null);
            }
            if (exchange.error == null && exchange.status / 100 == 2) {
                return read(exchange, type, request, url);
            }
            if (exchange.error == null && exchange.status == 401 && !renewed && credential != null
                    && bearer.renewAfterRejection(credential)) {
                log.info("{} rejected the token for {} {}; renewing it and retrying once", apiName, request.method(), url.encodedPath());
                renewed = true;
                attempt--;
                continue;
            }
            ApiException failure = exchange.error != null
                    ? failures.fromIo(request.method(), url, exchange.error,
                    exchange.cancelled || scope.isCancelled() || Thread.currentThread().isInterrupted())
                    : failures.fromResponse(request.method(), url, exchange.status, exchange.headers, exchange.body,
                    secretsToHide());
            Duration delay = retryDelay(request, exchange, failure, attempt, start);
            if (delay == null) {
                throw failure;
            }
            log.info("{} {} {} failed ({}); attempt {} of {} in {} ms", apiName, request.method(), url.encodedPath(),
                    exchange.error != null ? failure.kind() : "HTTP " + exchange.status, attempt + 1,
                    retry.maxAttempts(), delay.toMillis());
            if (!waiting.pause(delay, scope)) {
                throw failures.of(ApiErrorKind.CANCELLED, request.method(), url, List.of(), null);
            }
        }
    }

    /** The wait before the next attempt, or null when the request must not or cannot be retried. */
    private Duration retryDelay(ApiRequest request, Exchange exchange, ApiException failure, int attempt, long start) {
        boolean retryable = exchange.error != null
                ? failure.kind() == ApiErrorKind.NETWORK || failure.kind() == ApiErrorKind.TIMEOUT
                : RetryPolicy.isRetryableStatus(exchange.status);
        boolean rateLimited = exchange.error == null && exchange.status == 429;
        if (!retryable || (retry.rateLimitsOnly() && !rateLimited) || !request.idempotent()
                || attempt >= retry.maxAttempts()) {
            return null;
        }
        Duration delay = Failures.retryAfter(exchange.headers).orElseGet(() -> retry.backoff(attempt + 1));
        // compared as durations: a Retry-After of centuries does not fit in a count of nanoseconds
        Duration left = retry.maxTotal().minusNanos(waiting.nanoTime() - start);
        return delay.compareTo(left) > 0 ? null : delay;
    }

    private Exchange exchange(ApiRequest request, HttpUrl url, String credential, int attempt) {
        Request.Builder http = new Request.Builder().url(url).header("Accept", "application/json");
        if (credential != null) {
            http.header("Authorization", "Bearer " + credential);
        }
        http.method(request.method(), body(request));
        OkHttpClient client = request.form() != null ? okHttp.newBuilder().followRedirects(false).build() : okHttp;
        acquirePermit(request, url);
        Call call = client.newCall(http.build());
        scope.track(call);
        long began = System.nanoTime();
        try (Response response = call.execute()) {
            String text = readBounded(response.body());
            if (text == null) {
                // closing would first read on to discard the rest (up to 100 ms of it); hang up instead
                call.cancel();
                log.info("{} {} {} -> {}: answer larger than {} bytes, not read", apiName, request.method(),
                        url.encodedPath(), response.code(), builder.maxBodyBytes);
                return new Exchange(response.code(), response.headers(), null, null, false, true);
            }
            log.debug("{} {} {} -> {} in {} ms (attempt {})", apiName, request.method(), known.mask(url.toString()),
                    response.code(), (System.nanoTime() - began) / 1_000_000, attempt);
            return new Exchange(response.code(), response.headers(), text, null, false, false);
        } catch (IOException e) {
            log.debug("{} {} {} failed after {} ms: {}", apiName, request.method(), known.mask(url.toString()),
                    (System.nanoTime() - began) / 1_000_000, known.mask(String.valueOf(e.getMessage())));
            return new Exchange(0, null, null, e, call.isCanceled(), false);
        } finally {
            scope.untrack(call);
            inFlight.release();
        }
    }

    /** The body as text, or null when it is longer than this API's limit (then it is not read further). */
    private String readBounded(ResponseBody body) throws IOException {
        if (body == null) {
            return "";
        }
        long limit = builder.maxBodyBytes;
        if (body.contentLength() > limit) {
            return null;
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            return null;
        }
        MediaType type = body.contentType();
        Charset charset = type == null ? null : type.charset();
        String text = source.readString(charset == null ? StandardCharsets.UTF_8 : charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** What OkHttp accepts in a header value; anything else would escape as an unchecked exception. */
    private static boolean headerSafe(String value) {
        return value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f));
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes >> 20);
    }

    private void acquirePermit(ApiRequest request, HttpUrl url) {
        try {
            // polls so that a view that is left stops waiting for a slot
            while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
                if (scope.isCancelled()) {
                    throw failures.of(ApiErrorKind.CANCELLED, request.method(), url, List.of(), null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failures.of(ApiErrorKind.CANCELLED, request.method(), url, List.of(), e);
        }
    }

    private RequestBody body(ApiRequest request) {
        if (request.form() != null) {
            String secret = request.form().get("client_secret");
            known.rememberPair(request.form().get("client_id"), secret);
            FormBody.Builder form = new FormBody.Builder();
            request.form().forEach(form::add);
            return form.build();
        }
        if (request.jsonBody() != null) {
            try {
                return RequestBody.create(mapper.writeValueAsBytes(request.jsonBody()), JSON);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("Cannot write request body of " + request, e);
            }
        }
        return "GET".equals(request.method()) ? null : RequestBody.create(new byte[0], JSON);
    }

    private <T> T read(Exchange exchange, JavaType type, ApiRequest request, HttpUrl url) {
        if (type == null) {
            return null;
        }
        if (exchange.body == null || exchange.body.isBlank()) {
            throw failures.malformed(request.method(), url, exchange.status, exchange.headers, exchange.body,
                    secretsToHide(), null);
        }
        try {
            T value = mapper.readValue(exchange.body, type);
            if (value == null) {
                throw failures.malformed(request.method(), url, exchange.status, exchange.headers, exchange.body,
                        secretsToHide(), null);
            }
            return value;
        } catch (IOException e) {
            KnownSecrets secrets = secretsToHide();
            throw failures.malformed(request.method(), url, exchange.status, exchange.headers, exchange.body,
                    secrets, new UnreadableBody(e), Failures.limitExceeded(e));
        }
    }

    /** The redactor, told first about every value this API's credentials hold now. */
    private KnownSecrets secretsToHide() {
        bearer.secretsToHide().forEach(known::remember);
        builder.alsoHide.get().forEach(known::remember);
        return known;
    }

    /** The redactor this API reports its credentials to, e.g. for an access token a token endpoint hands out. */
    public KnownSecrets knownSecrets() {
        return known;
    }

    private HttpUrl urlOf(ApiRequest request) {
        String root = request.absoluteUrl() != null ? request.absoluteUrl() : baseUrl;
        HttpUrl parsed = root == null ? null : HttpUrl.parse(root.trim());
        if (parsed == null) {
            throw failures.of(ApiErrorKind.INVALID, request.method(), null, List.of(
                    "the URL '" + root + "' in Settings is not a valid http(s) URL"), null);
        }
        HttpUrl.Builder url = parsed.newBuilder();
        if (!request.segments().isEmpty() && parsed.pathSegments().size() > 0
                && parsed.pathSegments().get(parsed.pathSegments().size() - 1).isEmpty()) {
            url.removePathSegment(parsed.pathSegments().size() - 1);
        }
        request.segments().forEach(url::addPathSegment);
        for (Map.Entry<String, String> q : request.queryParameters()) {
            url.addQueryParameter(q.getKey(), q.getValue());
        }
        return url.build();
    }

    private record Exchange(int status, Headers headers, String body, IOException error, boolean cancelled,
                            boolean tooLarge) {
    }

    /** Configuration of one API's caller; everything but the client and the name has a default. */
    public static final class Builder {
        private final OkHttpClient okHttp;
        private final String apiName;
        private ObjectMapper mapper = Json.newMapper();
        private String baseUrl;
        private BearerSource bearer = BearerSource.NONE;
        private ErrorWords errorWords = body -> List.of();
        private RetryPolicy retry = RetryPolicy.standard();
        private int maxInFlight = DEFAULT_MAX_IN_FLIGHT;
        private Waiting waiting = Waiting.REAL;
        private Supplier<Collection<String>> alsoHide = List::of;
        private KnownSecrets known = new KnownSecrets();
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private ContractPaths contract;

        private Builder(OkHttpClient okHttp, String apiName) {
            this.okHttp = Objects.requireNonNull(okHttp, "okHttp");
            this.apiName = Objects.requireNonNull(apiName, "apiName");
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder mapper(ObjectMapper mapper) {
            this.mapper = mapper;
            return this;
        }

        public Builder bearer(BearerSource bearer) {
            this.bearer = bearer;
            return this;
        }

        public Builder errorWords(ErrorWords errorWords) {
            this.errorWords = errorWords;
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = retry;
            return this;
        }

        public Builder maxInFlight(int maxInFlight) {
            this.maxInFlight = maxInFlight;
            return this;
        }

        public Builder waiting(Waiting waiting) {
            this.waiting = waiting;
            return this;
        }

        /** Further values to mask in server words, e.g. the client secret a token endpoint may echo. */
        public Builder hiding(Supplier<Collection<String>> secrets) {
            this.alsoHide = secrets;
            return this;
        }

        /** The redactor that learns every credential this API sends, receives or is told to hide. */
        public Builder masking(KnownSecrets secrets) {
            this.known = Objects.requireNonNull(secrets, "secrets");
            return this;
        }

        /** The largest answer this API reads; a longer one is reported as malformed, not read into memory. */
        public Builder maxBodyBytes(long bytes) {
            if (bytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive");
            }
            this.maxBodyBytes = bytes;
            return this;
        }

        /** The API's contract copy: a diagnostic report names a failed request by the operation it matches. */
        public Builder contract(ContractPaths paths) {
            this.contract = paths;
            return this;
        }

        public Builder tuning(ApiTuning tuning) {
            return retry(tuning.retry()).maxInFlight(tuning.maxInFlight()).waiting(tuning.waiting())
                    .masking(tuning.secrets());
        }

        public ApiCaller build() {
            return new ApiCaller(this, new Semaphore(maxInFlight, true), new CallScope());
        }
    }
}
