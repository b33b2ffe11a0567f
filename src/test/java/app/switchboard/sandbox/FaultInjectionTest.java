package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.switchboard.sandbox.ContractClient.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each injected fault is observable by a client, switchable while running, and counted. */
class FaultInjectionTest {
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.defaults());
    private final ContractClient client = new ContractClient(sandbox);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> rawFynn(String path, Duration timeout) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + path)).timeout(timeout)
                .header("Authorization", "Bearer " + sandbox.fynnApiKey()).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void only(FaultKind kind) {
        sandbox.faults().set(FaultSettings.always(kind));
    }

    @Test
    void serverErrorsCarryEachApisOwnErrorBody() {
        String token = client.requestToken(sandbox.clientId(), sandbox.clientSecret()).json().get("access_token").asText();
        only(FaultKind.SERVER_ERROR);
        Answer fynn = client.fynnOffContract("GET", "/subscriptions");
        assertThat(fynn.status()).isEqualTo(500);
        assertThat(fynn.json().get("status").asInt()).isEqualTo(500);
        Answer der = client.send(HttpRequest.newBuilder(URI.create(sandbox.derApiUrl() + "/v1/entities"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(der.json().get("errors").get(0).get("message").asText()).isNotBlank();
        assertThat(sandbox.faults().injected(FaultKind.SERVER_ERROR)).isEqualTo(2);
    }

    @Test
    void unavailableAndRateLimitedAnswersSayWhenToRetry() {
        sandbox.faults().set(FaultSettings.always(FaultKind.UNAVAILABLE));
        Answer unavailable = client.fynnOffContract("GET", "/subscriptions");
        assertThat(unavailable.status()).isEqualTo(503);
        assertThat(unavailable.header("Retry-After")).isEqualTo("1");
        only(FaultKind.RATE_LIMITED);
        Answer limited = client.fynn("GET", "/subscriptions", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
    }

    @Test
    void aHungRequestTimesOutAtTheClientAndIsClosedByTheSandboxLater() {
        sandbox.faults().set(FaultSettings.always(FaultKind.HANG).withHangMillis(300));
        assertThatThrownBy(() -> rawFynn("/subscriptions", Duration.ofMillis(100))).isInstanceOf(HttpTimeoutException.class);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertThatThrownBy(() -> rawFynn("/subscriptions", Duration.ofSeconds(60)))
                    .as("the sandbox gives up on the request instead of holding it forever").isInstanceOf(IOException.class);
        });
        // the JDK client retries an idempotent GET once when the connection closes without an answer
        assertThat(sandbox.faults().injected(FaultKind.HANG)).isBetween(2L, 3L);
    }

    @Test
    void closingTheSandboxReleasesRequestsItIsHolding() throws Exception {
        sandbox.faults().set(FaultSettings.always(FaultKind.HANG).withHangMillis(600_000));
        var pending = http.sendAsync(HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + "/subscriptions"))
                .header("Authorization", "Bearer " + sandbox.fynnApiKey()).build(), HttpResponse.BodyHandlers.ofString());
        awaitTrue(() -> sandbox.faults().injected(FaultKind.HANG) == 1);
        assertTimeoutPreemptively(Duration.ofSeconds(20), sandbox::close);
        assertThatThrownBy(() -> pending.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void closingTheSandboxEndsRequestsStillWaitingOutTheirLatency() throws Exception {
        sandbox.faults().set(FaultSettings.none().withLatency(600_000, 0));
        var pending = http.sendAsync(HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + "/subscriptions"))
                .header("Authorization", "Bearer " + sandbox.fynnApiKey()).build(), HttpResponse.BodyHandlers.ofString());
        awaitTrue(() -> sandbox.faults().counters().get("delayed") == 1);
        assertTimeoutPreemptively(Duration.ofSeconds(20), sandbox::close);
        assertThatThrownBy(() -> pending.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void aResetConnectionEndsWithoutAnyResponse() {
        only(FaultKind.RESET);
        assertThatThrownBy(() -> rawFynn("/subscriptions", Duration.ofSeconds(20))).isInstanceOf(IOException.class);
        assertThat(sandbox.faults().injected(FaultKind.RESET)).as("one request, one retry by the JDK client").isBetween(1L, 2L);
    }

    @Test
    void aTruncatedBodyIsHalfAJsonDocument() throws Exception {
        HttpResponse<String> whole = rawFynn("/subscriptions", Duration.ofSeconds(20));
        only(FaultKind.TRUNCATED);
        HttpResponse<String> cut = rawFynn("/subscriptions", Duration.ofSeconds(20));
        assertThat(cut.statusCode()).isEqualTo(200);
        assertThat(cut.body().length()).isLessThan(whole.body().length());
        assertThatThrownBy(() -> new ObjectMapper().readTree(cut.body())).isInstanceOf(IOException.class);
    }

    @Test
    void anHtmlErrorPageLooksLikeAGatewayFailure() throws Exception {
        only(FaultKind.HTML_ERROR);
        HttpResponse<String> page = rawFynn("/subscriptions", Duration.ofSeconds(20));
        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<html>").contains("502 Bad Gateway");
    }

    @Test
    void latencyDelaysEveryApiAnswer() throws Exception {
        sandbox.faults().set(FaultSettings.none().withLatency(250, 50));
        long start = System.nanoTime();
        assertThat(rawFynn("/subscriptions", Duration.ofSeconds(20)).statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(250));
        assertThat(sandbox.faults().counters()).containsEntry("delayed", 1L);
    }

    @Test
    void theTokenEndpointCanFailToo() {
        only(FaultKind.UNAVAILABLE);
        Answer answer = client.send(HttpRequest.newBuilder(URI.create(sandbox.derTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.json().get("error").asText()).isEqualTo("temporarily_unavailable");
    }

    @Test
    void adminAndOpenApiAreNeverFaulted() {
        sandbox.faults().set(FaultSettings.of(0, 1.0));
        for (int i = 0; i < 20; i++) {
            assertThat(client.plain("GET", "/admin/faults", null).status()).isEqualTo(200);
            assertThat(client.plain("GET", "/openapi/fynn.yaml", null).status()).isEqualTo(200);
        }
        assertThat(sandbox.faults().counters()).containsEntry("apiRequests", 0L);
    }

    @Test
    void theAdminEndpointShowsAndChangesFaultsWhileRunning() {
        Answer changed = client.plain("PUT", "/admin/faults", "{\"rateLimitRate\": 1.0, \"retryAfterSeconds\": 7}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("settings").get("rateLimitRate").asDouble()).isEqualTo(1.0);
        Answer limited = client.fynn("GET", "/subscriptions", null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("7");
        JsonNode state = client.plain("GET", "/admin/faults", null).json();
        assertThat(state.get("counters").get("RATE_LIMITED").asLong()).isEqualTo(1);
        assertThat(client.plain("PUT", "/admin/faults", "{\"rateLimitRate\": 0}").status()).isEqualTo(200);
        assertThat(client.fynn("GET", "/subscriptions", null).status()).isEqualTo(200);
        assertThat(client.plain("POST", "/admin/faults/reset-counters", null).json().get("counters").get("RATE_LIMITED").asLong()).isZero();
    }

    @Test
    void impossibleFaultSettingsAreRefused() {
        Answer tooMuch = client.plain("PUT", "/admin/faults", "{\"serverErrorRate\": 0.8, \"hangRate\": 0.5}");
        assertThat(tooMuch.status()).isEqualTo(400);
        assertThat(tooMuch.json().get("error").asText()).contains("more than 1");
        assertThat(client.plain("PUT", "/admin/faults", "{\"explode\": true}").json().get("error").asText()).contains("explode");
        assertThat(sandbox.faults().settings()).isEqualTo(FaultSettings.none());
    }

    @Test
    void theConcurrentEditorChangesStateBehindTheClientsBack() {
        Answer edited = client.plain("POST", "/admin/editor", "{\"changes\": 12}");
        JsonNode changes = edited.json().get("changes");
        assertThat(changes).hasSize(12);
        for (JsonNode change : changes) {
            boolean enabled = change.get("enabled").asBoolean();
            if ("fynn".equals(change.get("api").asText())) {
                assertThat(sandbox.fynnStore().entitlement(change.get("id").asText()).orElseThrow().enabled()).isEqualTo(enabled);
            } else {
                assertThat(sandbox.derStore().capture(java.util.UUID.fromString(change.get("id").asText())).enabled()).isEqualTo(enabled);
            }
        }
        assertThat(sandbox.faults().counters()).containsEntry("editorChanges", 12L);
    }

    @Test
    void thePeriodicEditorKeepsChangingThingsUntilSwitchedOff() {
        sandbox.faults().update(s -> s.withEditor(20, 2));
        awaitTrue(() -> sandbox.faults().counters().get("editorChanges") >= 6);
        sandbox.faults().update(s -> s.withEditor(0, 2));
        long after = sandbox.faults().counters().get("editorChanges");
        assertThat(sandbox.faults().editNow(1)).hasSize(1);
        assertThat(sandbox.faults().counters().get("editorChanges")).isEqualTo(after + 1);
    }

    @Test
    void everyAnswerHasItsOwnRequestId() {
        Answer first = client.fynn("GET", "/customers", null);
        Answer second = client.fynn("GET", "/customers", null);
        assertThat(first.header("X-Request-Id")).isNotEqualTo(second.header("X-Request-Id"));
    }

    /** Polls a condition; the deadline is only a safety net against a broken sandbox. */
    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not reached in 20 s").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
