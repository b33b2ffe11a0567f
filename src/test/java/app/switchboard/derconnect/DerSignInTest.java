package app.switchboard.derconnect;

import static app.switchboard.testsupport.FakeServer.json;
import static app.switchboard.testsupport.FakeServer.pathStartsWith;
import static app.switchboard.testsupport.TestEnvironments.TOKEN_PATH;
import static app.switchboard.testsupport.TestEnvironments.entity;
import static app.switchboard.testsupport.TestEnvironments.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.FakeTime;
import app.switchboard.testsupport.MutableClock;
import app.switchboard.testsupport.TestEnvironments;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DerSignInTest {
    private static final String ID = "5a554157-5a5a-4547-384c-423033333139";
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final Environment environment = TestEnvironments.pointingAt(server);

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    private HttpDerConnectApi api(Environment env) {
        return HttpDerConnectApi.forEnvironment(env, TestEnvironments.secretsFor(env), http.okHttp(),
                ApiTuning.standard().withClock(clock).withWaiting(new FakeTime()));
    }

    private static boolean isToken(RecordedRequest r) {
        return r.getUrl().encodedPath().equals(TOKEN_PATH);
    }

    @Test
    void fiftyConcurrentCallsShareOneTokenFetch() throws Exception {
        HttpDerConnectApi api = api(environment);
        server.answer(r -> {
            if (isToken(r)) {
                awaitWaiters(api, 49);
                return json(200, token("tok-1", 3600));
            }
            return json(200, entity(ID));
        });
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<Entity>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> api.entity(ID), pool));
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        long tokenFetches = server.count(DerSignInTest::isToken);
        System.out.println("[figure] token fetches under 50 concurrent calls: " + tokenFetches);
        assertThat(tokenFetches).isEqualTo(1);
        assertThat(api.tokens().fetchCount()).isEqualTo(1);
        assertThat(server.count(pathStartsWith("/der/v1/entities"))).isEqualTo(50);
        assertThat(server.requests().stream().filter(r -> !isToken(r)))
                .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1"));
    }

    /** Holds the token answer until the other callers are queued behind the fetch in flight. */
    private static void awaitWaiters(HttpDerConnectApi api, int waiters) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (api.tokens().waitingForToken() < waiters && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void tokenIsReusedUntilShortlyBeforeItExpires() {
        AtomicInteger issued = new AtomicInteger();
        server.answer(r -> isToken(r) ? json(200, token("tok-" + issued.incrementAndGet(), 600)) : json(200, entity(ID)));
        HttpDerConnectApi api = api(environment);

        api.entity(ID);
        clock.advance(Duration.ofSeconds(500));
        api.entity(ID);
        assertThat(issued).hasValue(1);

        clock.advance(Duration.ofSeconds(50)); // within the last minute of its life
        api.entity(ID);
        assertThat(issued).hasValue(2);
        assertThat(server.requests().get(server.requests().size() - 1).getHeaders().get("Authorization"))
                .isEqualTo("Bearer tok-2");
    }

    @Test
    void rejectedTokenIsRenewedOnceAndTheRequestRetriedOnce() {
        AtomicInteger issued = new AtomicInteger();
        server.answer(r -> {
            if (isToken(r)) {
                return json(200, token("tok-" + issued.incrementAndGet(), 3600));
            }
            return "Bearer tok-1".equals(r.getHeaders().get("Authorization")) ? json(401, "") : json(200, entity(ID));
        });

        Entity entity = api(environment).entity(ID);

        assertThat(entity.id()).isEqualTo(ID);
        assertThat(server.requests()).extracting(r -> r.getUrl().encodedPath())
                .containsExactly(TOKEN_PATH, "/der/v1/entities/" + ID, TOKEN_PATH, "/der/v1/entities/" + ID);
    }

    @Test
    void persistentUnauthorisedStopsAfterOneRenewal() {
        AtomicInteger issued = new AtomicInteger();
        server.answer(r -> isToken(r) ? json(200, token("tok-" + issued.incrementAndGet(), 3600)) : json(401, ""));

        assertThatThrownBy(() -> api(environment).entity(ID)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED);
            assertThat(e.api()).isEqualTo("DER Connect");
            assertThat(e.userMessage()).contains("Check the client id and client secret in Settings");
        });
        assertThat(server.count(DerSignInTest::isToken)).isEqualTo(2);
        assertThat(server.count(pathStartsWith("/der/"))).isEqualTo(2);
    }

    @Test
    void rejectedClientSecretIsReportedAsSignInFailure() {
        server.answer(r -> json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));

        assertThatThrownBy(() -> api(environment).entity(ID)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED);
            assertThat(e.api()).isEqualTo(HttpDerConnectApi.SIGN_IN_NAME);
            assertThat(e.serverWords()).containsExactly("invalid_client: Client authentication failed");
        });
        assertThat(server.count(pathStartsWith("/der/"))).isZero();
    }

    @Test
    void tokenRequestSendsClientCredentialsAsAForm() throws Exception {
        server.answer(r -> isToken(r) ? json(200, token("tok", 3600)) : json(200, entity(ID)));

        api(environment).entity(ID);

        RecordedRequest tokenRequest = server.requests().get(0);
        assertThat(tokenRequest.getMethod()).isEqualTo("POST");
        assertThat(tokenRequest.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(tokenRequest.getHeaders().get("Authorization")).isNull();
        assertThat(tokenRequest.getBody().utf8()).isEqualTo(
                "grant_type=client_credentials&client_id=client-1&client_secret=" + TestEnvironments.CLIENT_SECRET + "&scope=esp");
    }

    @Test
    void redirectToAnotherHostDropsAuthorization() {
        try (FakeServer other = new FakeServer()) {
            other.answer(r -> json(200, entity(ID)));
            String elsewhere = "http://127.0.0.1:" + other.port() + "/der/v1/entities/" + ID;
            server.answer(r -> isToken(r) ? json(200, token("tok", 3600))
                    : new MockResponse.Builder().code(302).addHeader("Location", elsewhere).body("").build());
            assertThat(server.hostName()).isNotEqualTo("127.0.0.1");

            Entity entity = api(environment).entity(ID);

            assertThat(entity.id()).isEqualTo(ID);
            assertThat(server.requests().get(1).getHeaders().get("Authorization")).isEqualTo("Bearer tok");
            assertThat(other.requests()).singleElement()
                    .satisfies(r -> assertThat(r.getHeaders().get("Authorization")).isNull());
        }
    }

    @Test
    void plainHttpToARemoteApiIsRefusedBeforeAnythingIsSent() {
        Environment remote = new Environment("Remote", "#000", RiskLevel.PRODUCTION, "http://der.example.com/api",
                server.url(TOKEN_PATH), "client-1", "esp", "https://coreapi.io", false);

        assertThatThrownBy(() -> api(remote).entity(ID)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.INSECURE);
            assertThat(e.userMessage()).contains("der.example.com").contains("https");
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void plainHttpToARemoteTokenEndpointIsRefused() {
        Environment remote = new Environment("Remote", "#000", RiskLevel.PRODUCTION, server.url("/der"),
                "http://signin.example.com" + TOKEN_PATH, "client-1", "esp", "https://coreapi.io", false);

        assertThatThrownBy(() -> api(remote).entity(ID)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.INSECURE);
            assertThat(e.api()).isEqualTo(HttpDerConnectApi.SIGN_IN_NAME);
        });
        assertThat(server.requests()).isEmpty();
    }
}
