package app.switchboard.sandbox;

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
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.fynn.SubscriptionQuery;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The documented-only sandbox serves what the contracts mark as seen and nothing inferred; Fynn errors in each shape. */
class DocumentedOnlyTest {
    private final SharedHttp http = new SharedHttp();
    private Sandbox sandbox;

    @AfterEach
    void close() {
        http.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Environment start(SandboxConfig config) {
        sandbox = Sandbox.start(config);
        return new Environment("Documented", "#1565c0", RiskLevel.TEST, sandbox.derApiUrl(), sandbox.derTokenUrl(),
                sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
    }

    private InMemorySecretStore secrets(Environment env) {
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), sandbox.clientSecret());
        secrets.put(env.fynnKeyKey(), sandbox.fynnApiKey());
        return secrets;
    }

    @Test
    void theInferredDerReadsAnswer404WhileTheDocumentedWriteAndSessionsWork() {
        Environment env = start(SandboxConfig.builder().documentedOnly(true).build());
        DerConnectApi der = HttpDerConnectApi.forEnvironment(env, secrets(env), http.okHttp(),
                ApiTuning.standard().withRetry(RetryPolicy.none()));
        DerEntity ev = sandbox.derStore().entities().stream().filter(e -> e.type().equals("EV") && !e.lacksBatteryCapacity()
                && !DerSeed.UNSUPPORTED_BRAND.equals(e.brand())).findFirst().orElseThrow();
        String id = ev.id().toString();

        assertThatThrownBy(() -> der.entitiesPage(null, 5)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> der.entity(id)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> der.features(id)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.NOT_FOUND));
        assertThat(der.setFeature(id, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true))
                .anySatisfy(f -> assertThat(f.enabled()).isTrue());
        assertThat(sandbox.derStore().capture(ev.id()).enabled()).isTrue();
        der.chargeSessions(id, OffsetDateTime.now().minusDays(3), null).toList();
    }

    @Test
    void theFullSandboxStillServesTheInferredReads() {
        Environment env = start(SandboxConfig.defaults());
        DerConnectApi der = HttpDerConnectApi.forEnvironment(env, secrets(env), http);

        assertThat(der.entitiesPage(null, 5).data()).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(FynnErrorShape.class)
    void fynnsReasonReachesTheUserInEveryErrorShape(FynnErrorShape shape) {
        Environment env = start(SandboxConfig.builder().documentedOnly(true).fynnErrors(shape).build());
        FynnApi fynn = HttpFynnApi.forEnvironment(env, secrets(env), http.okHttp(), http.executor(),
                ApiTuning.standard().withRetry(RetryPolicy.none()));

        assertThatThrownBy(() -> fynn.subscriptions(SubscriptionQuery.all(), 0, 10))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.userMessage()).contains("Page should not be less than 1");
                });
        assertThatThrownBy(() -> fynn.setEntitlementActive(UUID.randomUUID().toString(), true))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void theErrorShapeCanBeSwitchedWhileRunning() {
        Environment env = start(SandboxConfig.defaults());
        FynnApi fynn = HttpFynnApi.forEnvironment(env, secrets(env), http.okHttp(), http.executor(),
                ApiTuning.standard().withRetry(RetryPolicy.none()));
        sandbox.fynnErrors(FynnErrorShape.HYDRA);

        assertThatThrownBy(() -> fynn.subscriptions(SubscriptionQuery.all(), 0, 10))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.userMessage()).contains("Page should not be less than 1"));
    }
}
