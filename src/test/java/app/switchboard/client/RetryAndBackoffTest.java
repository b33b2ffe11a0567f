package app.switchboard.client;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.FakeServer.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.FakeTime;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetryAndBackoffTest {
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();
    private final FakeTime time = new FakeTime();

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private ApiCaller caller(RetryPolicy policy) {
        return ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api"))
                .bearer(new ApiKeyBearer("Test API", () -> Optional.of("key-0123456789")))
                .retry(policy).waiting(time).build();
    }

    private static RetryPolicy policy(int attempts, Duration maxTotal) {
        return new RetryPolicy(attempts, Duration.ofMillis(500), Duration.ofSeconds(8), maxTotal, () -> 0.5);
    }

    @Test
    void retryAfterIsHonouredBeforeTheNextAttempt() {
        AtomicInteger calls = new AtomicInteger();
        server.answer(r -> calls.incrementAndGet() == 1
                ? new MockResponse.Builder().code(429).addHeader("Retry-After", "7").body("").build()
                : json(200, "{\"ok\":true}"));

        JsonNode answer = caller(policy(4, Duration.ofSeconds(30))).send(ApiRequest.get("things"), JsonNode.class);

        assertThat(answer.path("ok").asBoolean()).isTrue();
        assertThat(time.pauses()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void backoffGrowsExponentiallyWithJitterAndStopsAfterMaxAttempts() {
        server.answer(r -> json(503, "{\"detail\":\"down for maintenance\"}"));

        assertThatThrownBy(() -> caller(policy(4, Duration.ofMinutes(5))).send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.serverWords()).containsExactly("down for maintenance");
                });
        assertThat(server.requests()).hasSize(4);
        // jitter 0.5 of "equal jitter": 3/4 of 500, 1000, 2000 ms
        assertThat(time.pauses()).containsExactly(Duration.ofMillis(375), Duration.ofMillis(750), Duration.ofMillis(1500));
    }

    @Test
    void backoffDelaysStayWithinHalfAndAllOfTheExponentialValueAndTheCap() {
        RetryPolicy low = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(1), () -> 0.0);
        RetryPolicy high = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofMinutes(1), () -> 0.999999);
        for (int attempt = 2; attempt <= 10; attempt++) {
            long exponential = Math.min(8000, 500L << (attempt - 2));
            assertThat(low.backoff(attempt).toMillis()).isEqualTo(exponential / 2);
            assertThat(high.backoff(attempt).toMillis()).isBetween(exponential / 2, exponential);
        }
    }

    @Test
    void totalWaitingIsBoundedEvenWhenAttemptsRemain() {
        server.answer(r -> json(502, "{}"));

        assertThatThrownBy(() -> caller(policy(50, Duration.ofSeconds(5))).send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOf(ApiException.class);
        assertThat(time.totalPaused()).isLessThanOrEqualTo(Duration.ofSeconds(5));
        assertThat(server.requests().size()).isLessThan(50);
    }

    @Test
    void retryAfterLongerThanTheBudgetFailsAtOnceAndSaysWhenToTryAgain() {
        server.answer(r -> new MockResponse.Builder().code(429).addHeader("Retry-After", "120").body("").build());

        assertThatThrownBy(() -> caller(policy(4, Duration.ofSeconds(30))).send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.RATE_LIMITED);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
                    assertThat(e.userMessage()).contains("Try again in 120 s");
                });
        assertThat(server.requests()).hasSize(1);
        assertThat(time.pauses()).isEmpty();
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.answer(r -> json(400, "{\"detail\":\"bad filter\"}"));

        assertThatThrownBy(() -> caller(policy(4, Duration.ofSeconds(30))).send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void connectionFailuresAreRetriedThenReportedAsNetwork() {
        String deadUrl = server.url("/api");
        server.close();
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(deadUrl)
                .retry(policy(3, Duration.ofSeconds(30))).waiting(time).build();

        assertThatThrownBy(() -> caller.send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.NETWORK);
                    assertThat(e.status()).isZero();
                    assertThat(e.userMessage()).contains("could not be reached").contains(e.host());
                });
        assertThat(time.pauses()).hasSize(2);
    }

    @Test
    void measuredRealRetryAfterWaitIsAtLeastWhatTheServerAsked() {
        AtomicInteger calls = new AtomicInteger();
        server.answer(r -> calls.incrementAndGet() == 1
                ? new MockResponse.Builder().code(503).addHeader("Retry-After", "1").body("").build()
                : json(200, "{}"));
        ApiCaller real = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api"))
                .retry(policy(3, Duration.ofSeconds(10))).build();

        long start = System.nanoTime();
        real.send(ApiRequest.get("things"), JsonNode.class);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        System.out.println("[figure] Retry-After: 1 -> second attempt after " + elapsedMs + " ms");
        assertThat(elapsedMs).isGreaterThanOrEqualTo(1000);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void measuredRealBackoffGapsAreAtLeastHalfTheExponentialStep() {
        List<Long> arrivals = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.answer(r -> {
            arrivals.add(System.nanoTime());
            return json(503, "{}");
        });
        ApiCaller real = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api"))
                .retry(RetryPolicy.standard()).build();

        assertThatThrownBy(() -> real.send(ApiRequest.get("things"), JsonNode.class)).isInstanceOf(ApiException.class);

        assertThat(arrivals).hasSize(RetryPolicy.standard().maxAttempts());
        StringBuilder gaps = new StringBuilder();
        for (int i = 1; i < arrivals.size(); i++) {
            long gapMs = (arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000;
            gaps.append(i == 1 ? "" : ", ").append(gapMs).append(" ms");
            assertThat(gapMs).isGreaterThanOrEqualTo((500L << (i - 1)) / 2);
        }
        System.out.println("[figure] backoff gaps between 4 attempts on 503 without Retry-After: " + gaps);
    }

    @Test
    void htmlErrorPageBecomesAClearMessageWithTheStatus() {
        server.answer(r -> text(502, "text/html",
                "<html><head><title>502 Bad Gateway</title><style>body{}</style></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"));

        assertThatThrownBy(() -> caller(RetryPolicy.none()).send(ApiRequest.get("things"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
                    assertThat(e.serverWords()).containsExactly("502 Bad Gateway 502 Bad Gateway nginx");
                    assertThat(e.userMessage()).isEqualTo("Test API had an internal problem (HTTP 502): "
                            + "502 Bad Gateway 502 Bad Gateway nginx. Try again; if it persists, contact the provider.");
                });
    }

    @Test
    void successWithHtmlEmptyOrWrongShapedBodyIsAMalformedResponse() {
        for (String body : List.of("<html><body>Please log in to the Wi-Fi</body></html>", "", "[1,2]")) {
            server.answer(r -> text(200, "text/html", body));
            assertThatThrownBy(() -> caller(RetryPolicy.none()).send(ApiRequest.get("things"), Thing.class))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE);
                        assertThat(e.status()).isEqualTo(200);
                        assertThat(e.serverWords().get(0)).isEqualTo(body.isEmpty() ? "the body was empty"
                                : "it began: " + Failures.snippet(body, new KnownSecrets()));
                    });
        }
    }

    @Test
    void requestIdMethodAndPathTravelWithTheError() {
        server.answer(r -> new MockResponse.Builder().code(500).addHeader("X-Request-Id", "req-42").body("oops").build());

        assertThatThrownBy(() -> caller(RetryPolicy.none()).send(ApiRequest.get("things", "a b"), JsonNode.class))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.requestId()).contains("req-42");
                    assertThat(e.method()).isEqualTo("GET");
                    assertThat(e.path()).isEqualTo("/api/things/a%20b");
                    assertThat(e.getMessage()).contains("[GET /api/things/a%20b, request id req-42]");
                    assertThat(e.userMessage()).contains("quoting request id req-42");
                });
    }

    record Thing(String name) {
    }
}
