package app.switchboard.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth 2.0 client-credentials tokens for DER Connect. The token is kept in memory until shortly
 * before it expires; however many requests need a token at once, only one fetch is in flight and
 * the others wait for its result. The client secret is read from the secret store only when a
 * token is fetched.
 */
public final class ClientCredentialsTokens implements BearerSource {
    private static final Logger log = LoggerFactory.getLogger(ClientCredentialsTokens.class);
    private static final Duration MAX_MARGIN = Duration.ofSeconds(60);
    private static final Duration UNSTATED_LIFETIME = Duration.ofMinutes(5);
    /** A token said to live longer is renewed after this: an {@code expires_in} of centuries is past any clock's end. */
    private static final Duration LONGEST_LIFETIME = Duration.ofDays(1);

    private final ApiCaller tokenEndpoint;
    private final String tokenUrl;
    private final String clientId;
    private final String scope;
    private final Supplier<Optional<String>> clientSecret;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicInteger fetches = new AtomicInteger();
    private volatile Token current;
    /** Tokens handed out lately, so that a server echoing a just-rejected token is still masked. */
    private final Deque<String> recent = new ConcurrentLinkedDeque<>();

    /**
     * @param tokenEndpoint a caller without bearer (the token endpoint takes the secret in its body)
     */
    public ClientCredentialsTokens(ApiCaller tokenEndpoint, String tokenUrl, String clientId, String scope,
                                   Supplier<Optional<String>> clientSecret, Clock clock) {
        this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
        this.tokenUrl = tokenUrl;
        this.clientId = clientId;
        this.scope = scope;
        this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String bearer() {
        Token token = current;
        if (token != null && token.freshAt(clock.instant())) {
            return token.value;
        }
        lock.lock();
        try {
            token = current;
            if (token != null && token.freshAt(clock.instant())) {
                return token.value;
            }
            current = fetch();
            return current.value;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean renewAfterRejection(String rejected) {
        lock.lock();
        try {
            // only forget the token that was rejected: 50 requests failing with the same token renew it once
            if (current != null && current.value.equals(rejected)) {
                current = null;
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Collection<String> secretsToHide() {
        List<String> hide = new ArrayList<>(recent);
        clientSecret.get().ifPresent(hide::add);
        return hide;
    }

    /** How many tokens were fetched since this source was created; for diagnostics and tests. */
    public int fetchCount() {
        return fetches.get();
    }

    /** Requests currently waiting for the token being fetched; for diagnostics and tests. */
    public int waitingForToken() {
        return lock.getQueueLength();
    }

    private Token fetch() {
        String secret = clientSecret.get().filter(s -> !s.isBlank()).orElseThrow(() -> new ApiException(
                ApiErrorKind.UNAUTHORISED, tokenEndpoint.apiName(), 0,
                List.of("no client secret is stored for this environment"), "POST", null, null, null, null, null));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", clientId == null ? "" : clientId);
        form.put("client_secret", secret);
        if (scope != null && !scope.isBlank()) {
            form.put("scope", scope);
        }
        fetches.incrementAndGet();
        TokenResponse response;
        try {
            response = tokenEndpoint.send(ApiRequest.formPost(tokenUrl, form), TokenResponse.class);
        } catch (ApiException e) {
            throw rejectedClientAsUnauthorised(e);
        }
        if (response.accessToken() == null || response.accessToken().isBlank()) {
            throw new ApiException(ApiErrorKind.MALFORMED_RESPONSE, tokenEndpoint.apiName(), 200,
                    List.of("the answer carried no access_token"), "POST", null, null, null, null, null);
        }
        Duration lifetime = response.expiresIn() == null || response.expiresIn() <= 0
                ? UNSTATED_LIFETIME : Duration.ofSeconds(Math.min(response.expiresIn(), LONGEST_LIFETIME.toSeconds()));
        Duration margin = lifetime.dividedBy(5).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(5) : MAX_MARGIN;
        log.info("{}: token obtained for client {}, valid {} s", tokenEndpoint.apiName(), clientId, lifetime.toSeconds());
        tokenEndpoint.knownSecrets().remember(response.accessToken());
        recent.addFirst(response.accessToken());
        while (recent.size() > 4) {
            recent.pollLast();
        }
        return new Token(response.accessToken(), clock.instant().plus(lifetime).minus(margin));
    }

    /** RFC 6749 allows 400 invalid_client for a wrong secret; to the operator that is a rejected credential. */
    private static ApiException rejectedClientAsUnauthorised(ApiException e) {
        boolean rejectedClient = e.kind() == ApiErrorKind.INVALID && e.serverWords().stream()
                .anyMatch(w -> w.startsWith("invalid_client") || w.startsWith("unauthorized_client"));
        if (!rejectedClient) {
            return e;
        }
        return new ApiException(ApiErrorKind.UNAUTHORISED, e.api(), e.status(), e.serverWords(), e.method(),
                e.path(), e.host(), e.requestId().orElse(null), null, e);
    }

    private static final class Token {
        private final String value;
        private final Instant renewAt;

        Token(String value, Instant renewAt) {
            this.value = value;
            this.renewAt = renewAt;
        }

        boolean freshAt(Instant now) {
            return now.isBefore(renewAt);
        }

        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt + "]";
        }
    }
}
