package app.switchboard.resilience.transport;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.testsupport.FakeServer;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Credentials travel only over https or to this computer, and never follow a redirect to another host. */
class TransportSecurityTest {
    private static final String FYNN_KEY = "fynn-key-transport-7731";
    private static final String DER_SECRET = "der-secret-transport-4410";
    private final SharedHttp http = new SharedHttp(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));
    private final ApiTuning noRetry = ApiTuning.standard().withRetry(RetryPolicy.none());

    @AfterEach
    void close() {
        http.close();
    }

    private InMemorySecretStore secretsFor(Environment env) {
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), DER_SECRET);
        secrets.put(env.fynnKeyKey(), FYNN_KEY);
        return secrets;
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.example.com", "http://10.0.0.7:8080", "http://192.168.1.20", "http://[2001:db8::1]"})
    void plainHttpToAnotherMachineIsRefusedBeforeAnythingIsSent(String base) {
        Environment env = new Environment("Remote", "#000", RiskLevel.TEST, base + "/der", base + "/token", "client",
                "esp", base + "/fynn", false);
        InMemorySecretStore secrets = secretsFor(env);

        Consumer<Runnable> refused = call -> assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.INSECURE);
                    assertThat(e.getMessage()).doesNotContain(FYNN_KEY).doesNotContain(DER_SECRET);
                }));
        refused.accept(() -> HttpFynnApi.forEnvironment(env, secrets, http.okHttp(), http.executor(), noRetry).features());
        refused.accept(() -> HttpDerConnectApi.forEnvironment(env, secrets, http.okHttp(), noRetry).entity("e-1"));
    }

    @Test
    void aRedirectToAnotherHostArrivesWithoutTheAuthorizationHeader() {
        try (FakeServer origin = new FakeServer(); FakeServer elsewhere = new FakeServer()) {
            // the same machine under another name is another host as far as the redirect is concerned
            String otherHost = "http://localhost:" + elsewhere.port();
            origin.answer(r -> new MockResponse.Builder().code(302)
                    .addHeader("Location", otherHost + r.getUrl().encodedPath()).build());
            elsewhere.answer(r -> FakeServer.json(200, "{\"id\":\"f1\",\"name\":\"Premium support\"}"));
            String base = "http://127.0.0.1:" + origin.port();
            Environment env = new Environment("Redirecting", "#000", RiskLevel.TEST, base + "/der", base + "/token",
                    "client", "esp", base + "/fynn", false);

            HttpFynnApi.forEnvironment(env, secretsFor(env), http.okHttp(), http.executor(), noRetry).feature("f1");

            List<RecordedRequest> first = origin.requests();
            List<RecordedRequest> redirected = elsewhere.requests();
            assertThat(first).singleElement().satisfies(r ->
                    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + FYNN_KEY));
            assertThat(redirected).singleElement().satisfies(r ->
                    assertThat(r.getHeaders().get("Authorization")).isNull());
        }
    }

    @Test
    void theSignInNeverFollowsARedirectWithTheClientSecret() {
        try (FakeServer origin = new FakeServer(); FakeServer elsewhere = new FakeServer()) {
            origin.answer(r -> new MockResponse.Builder().code(307)
                    .addHeader("Location", "http://localhost:" + elsewhere.port() + "/token").build());
            elsewhere.answer(r -> FakeServer.json(200, "{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":60}"));
            String base = "http://127.0.0.1:" + origin.port();
            Environment env = new Environment("Redirecting", "#000", RiskLevel.TEST, base + "/der", base + "/token",
                    "client", "esp", base + "/fynn", false);

            assertThatThrownBy(() -> HttpDerConnectApi.forEnvironment(env, secretsFor(env), http.okHttp(), noRetry)
                    .entity("e-1")).isInstanceOf(ApiException.class);
            assertThat(elsewhere.requests()).as("the client secret went nowhere else").isEmpty();
        }
    }
}
