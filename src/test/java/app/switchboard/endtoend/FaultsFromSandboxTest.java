package app.switchboard.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.testsupport.FakeTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the sandbox's injected faults: each must end as a clear classification or a recovery. */
class FaultsFromSandboxTest {
    private Sandbox sandbox;
    private SharedHttp http;
    private Environment env;
    private SecretStore secrets;
    /** Waits pass at once, and the first wait heals the sandbox, as a real outage would end. */
    private final FakeTime healOnFirstWait = new FakeTime().onPause(() -> sandbox.faults().set(FaultSettings.none()));

    @BeforeEach
    void start() {
        sandbox = Sandbox.start(SandboxConfig.builder().build());
        http = new SharedHttp(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(20));
        env = new Environment("Faulty", "#000", RiskLevel.TEST, sandbox.derApiUrl(), sandbox.derTokenUrl(),
                sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), sandbox.clientSecret());
        secrets.put(env.fynnKeyKey(), sandbox.fynnApiKey());
    }

    @AfterEach
    void stop() {
        http.close();
        sandbox.close();
    }

    private HttpDerConnectApi der(RetryPolicy retry) {
        return HttpDerConnectApi.forEnvironment(env, secrets, http.okHttp(),
                ApiTuning.standard().withRetry(retry).withWaiting(healOnFirstWait));
    }

    private FynnApi fynn(RetryPolicy retry) {
        return HttpFynnApi.forEnvironment(env, secrets, http.okHttp(), http.executor(),
                ApiTuning.standard().withRetry(retry).withWaiting(healOnFirstWait));
    }

    @Test
    void unavailableAndRateLimitedAnswersAreRetriedAfterRetryAfter() {
        HttpDerConnectApi der = der(RetryPolicy.standard());
        der.entitiesPage(null, 1);
        for (FaultKind kind : List.of(FaultKind.UNAVAILABLE, FaultKind.RATE_LIMITED)) {
                        sandbox.faults().set(FaultSettings.always(kind));

            assertThat(der.entitiesPage(null, 3).data()).hasSize(3);
            assertThat(healOnFirstWait.pauses()).last()
                    .isEqualTo(Duration.ofSeconds(sandbox.faults().settings().retryAfterSeconds()));
        }
    }

    @Test
    void resetConnectionIsRetriedAsANetworkFailure() {
        FynnApi fynn = fynn(RetryPolicy.standard());
        sandbox.faults().set(FaultSettings.always(FaultKind.RESET));

        assertThat(fynn.features()).isNotEmpty();
        assertThat(healOnFirstWait.pauses()).hasSize(1);
    }

    @Test
    void gatewayHtmlPageBecomesAServerErrorInWords() {
        sandbox.faults().set(FaultSettings.always(FaultKind.HTML_ERROR));

        assertThatThrownBy(() -> fynn(RetryPolicy.none()).features()).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.serverWords()).singleElement().asString().isNotBlank().doesNotContain("<");
        });
    }

    @Test
    void truncatedBodyIsAMalformedResponse() {
        HttpDerConnectApi der = der(RetryPolicy.none());
        der.entitiesPage(null, 1);
        sandbox.faults().set(FaultSettings.always(FaultKind.TRUNCATED));

        assertThatThrownBy(() -> der.entitiesPage(null, 5)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.MALFORMED_RESPONSE));
    }

    @Test
    void internalServerErrorIsNotRetriedAndKeepsTheServersWords() {
        HttpDerConnectApi der = der(RetryPolicy.standard());
        der.entitiesPage(null, 1);
        sandbox.faults().set(FaultSettings.always(FaultKind.SERVER_ERROR));

        assertThatThrownBy(() -> der.entitiesPage(null, 5)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.SERVER_ERROR);
            assertThat(e.status()).isEqualTo(500);
        });
        assertThat(healOnFirstWait.pauses()).isEmpty();
    }

    @Test
    void hungRequestEndsAsATimeout() {
        sandbox.faults().set(FaultSettings.always(FaultKind.HANG).withHangMillis(10_000));

        assertThatThrownBy(() -> fynn(RetryPolicy.none()).features()).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.TIMEOUT));
    }

    @Test
    void revokedTokenIsRenewedOnceAndTheCallSucceeds() {
        HttpDerConnectApi der = der(RetryPolicy.none());
        der.entitiesPage(null, 1);
        sandbox.revokeTokens();

        assertThat(der.entitiesPage(null, 2).data()).hasSize(2);
        assertThat(der.tokens().fetchCount()).isEqualTo(2);
    }
}
