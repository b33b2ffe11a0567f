package app.switchboard.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.DemoAwareSecretStore;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.derconnect.EntityType;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.Customer;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both typed APIs against the embedded sandbox: an independent implementation of the same contracts. */
class ApisAgainstSandboxTest {
    private static Sandbox sandbox;
    private static SharedHttp http;
    private static HttpDerConnectApi der;
    private static FynnApi fynn;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults());
        http = new SharedHttp();
        Environment standalone = new Environment("Local sandbox", "#2e7d32", RiskLevel.TEST, sandbox.derApiUrl(),
                sandbox.derTokenUrl(), sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(standalone.derSecretKey(), sandbox.clientSecret());
        secrets.put(standalone.fynnKeyKey(), sandbox.fynnApiKey());
        der = HttpDerConnectApi.forEnvironment(standalone, secrets, http);
        fynn = HttpFynnApi.forEnvironment(standalone, secrets, http);
    }

    @AfterAll
    static void stop() {
        http.close();
        sandbox.close();
    }

    @Test
    void everyEntityIsListedAcrossPages() {
        List<Entity> entities = der.entities().toList();

        assertThat(entities).hasSize(sandbox.stats().entities());
        assertThat(entities).extracting(Entity::id).doesNotHaveDuplicates();
        assertThat(entities).allSatisfy(e -> assertThat(e.type()).isNotNull());
        Entity first = der.entity(entities.get(0).id());
        assertThat(first).isEqualTo(entities.get(0));
    }

    @Test
    void captureChargeSessionsCanBeSwitchedOnAndOffForAnEv() {
        Entity ev = der.entities().filter(e -> e.type().equals(EntityType.EV)).findFirst().orElseThrow();
        boolean before = captureOf(der.features(ev.id()));

        List<EntityFeatureStatus> flipped = der.setFeature(ev.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, !before);
        List<EntityFeatureStatus> back = der.setFeature(ev.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, before);

        assertThat(captureOf(flipped)).isEqualTo(!before);
        assertThat(captureOf(back)).isEqualTo(before);
        assertThat(captureOf(der.features(ev.id()))).isEqualTo(before);
    }

    @Test
    void enablingCaptureOnABatteryIsRefusedWithTheServersReason() {
        Entity battery = der.entities().filter(e -> e.type().equals(EntityType.BATTERY)).findFirst().orElseThrow();

        assertThatThrownBy(() -> der.setFeature(battery.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, true))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.serverWords()).isNotEmpty();
                });
    }

    @Test
    void chargeSessionsOfAnEntityWithCaptureOnAreReadable() {
        Entity capturing = der.entities().filter(e -> e.type().canCaptureChargeSessions())
                .filter(e -> captureOf(der.features(e.id()))).findFirst().orElseThrow();

        var sessions = der.chargeSessions(capturing.id(), OffsetDateTime.now().minusDays(30), null).toList();

        assertThat(sessions).allSatisfy(s -> assertThat(s.entityId()).isEqualTo(capturing.id()));
    }

    @Test
    void everySubscriptionIsListedInOrderWithProgress() {
        List<String> progress = new ArrayList<>();
        List<Subscription> all = fynn.allSubscriptions(SubscriptionQuery.all(), (items, done, total) -> progress.add(done + "/" + total));

        assertThat(all).hasSize(sandbox.stats().subscriptions());
        assertThat(all).extracting(Subscription::id).doesNotHaveDuplicates();
        assertThat(progress).isNotEmpty().last().satisfies(p -> assertThat(p).matches("(\\d+)/\\1"));
        FynnPage<Subscription> firstPage = fynn.subscriptions(SubscriptionQuery.all(), 1, FynnApi.MAX_LIMIT);
        assertThat(all.subList(0, firstPage.data().size())).isEqualTo(firstPage.data());
    }

    @Test
    void subscriptionCustomerAndEntitlementsFitTogether() {
        Subscription subscription = fynn.subscriptions(SubscriptionQuery.all(), 1, 10).data().get(0);
        Subscription one = fynn.subscription(subscription.id());
        Customer customer = fynn.customer(one.customer().id());
        List<Entitlement> entitlements = fynn.entitlements(one.id(), null, true);

        assertThat(one.id()).isEqualTo(subscription.id());
        assertThat(customer.displayName()).contains(customer.customerNumber());
        assertThat(entitlements).allSatisfy(e -> {
            assertThat(e.displayValue()).isNotBlank();
            assertThat(e.status().isKnown()).isTrue();
        });
    }

    @Test
    void everyEntitlementValueReadsAsItsFeatureTypeMeansIt() {
        List<Entitlement> entitlements = fynn.subscriptions(SubscriptionQuery.all(), 1, 40).data().stream()
                .flatMap(s -> fynn.entitlements(s.id(), null, true).stream()).toList();

        assertThat(entitlements).isNotEmpty();
        assertThat(entitlements).allSatisfy(e -> {
            String shown = e.displayValue();
            String type = e.feature() == null ? "" : e.feature().type().value();
            switch (type) {
                case "switch" -> assertThat(shown).isIn("On", "Off");
                case "range" -> assertThat(shown).matches(".*\\(allowed .*\\)|Unlimited");
                case "quantity" -> assertThat(shown).doesNotContainIgnoringCase("unlimited ");
                default -> assertThat(shown).isNotBlank();
            }
        });
    }

    @Test
    void switchingAnEntitlementOffAndOnReturnsTheRecomputedStatus() {
        Entitlement active = fynn.allSubscriptions(SubscriptionQuery.all(), null).stream()
                .flatMap(s -> fynn.entitlements(s.id(), EntitlementStatus.ACTIVE, false).stream())
                .findFirst().orElseThrow();

        Entitlement off = fynn.setEntitlementActive(active.id(), false);
        Entitlement on = fynn.setEntitlementActive(active.id(), true);

        assertThat(off.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(off.active()).isFalse();
        assertThat(on.status()).isEqualTo(EntitlementStatus.ACTIVE);
    }

    @Test
    void featureCatalogueIsReadable() {
        List<Feature> features = fynn.features();
        Feature one = fynn.feature(features.get(0).id());

        assertThat(features).hasSize(sandbox.stats().features());
        assertThat(one.id()).isEqualTo(features.get(0).id());
    }

    @Test
    void demoEnvironmentWorksThroughTheSameClient() {
        Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());
        SecretStore secrets = new DemoAwareSecretStore(new InMemorySecretStore());
        secrets.put(demo.derSecretKey(), sandbox.clientSecret());
        secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());

        assertThat(HttpDerConnectApi.forEnvironment(demo, secrets, http).entitiesPage(null, 5).data()).hasSize(5);
        assertThat(HttpFynnApi.forEnvironment(demo, secrets, http).features()).isNotEmpty();
    }

    @Test
    void wrongClientSecretAndWrongKeyAreRejected() {
        Environment env = new Environment("Wrong", "#000", RiskLevel.TEST, sandbox.derApiUrl(), sandbox.derTokenUrl(),
                sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        SecretStore wrong = new InMemorySecretStore();
        wrong.put(env.derSecretKey(), "not-the-secret");
        wrong.put(env.fynnKeyKey(), "not-the-key");

        assertThatThrownBy(() -> HttpDerConnectApi.forEnvironment(env, wrong, http.okHttp(), ApiTuning.standard())
                .entitiesPage(null, 1)).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED);
                    assertThat(e.api()).isEqualTo(HttpDerConnectApi.SIGN_IN_NAME);
                });
        assertThatThrownBy(() -> HttpFynnApi.forEnvironment(env, wrong, http).features())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED));
    }

    private static boolean captureOf(List<EntityFeatureStatus> features) {
        return features.stream().filter(f -> f.feature().equals(DerConnectApi.CAPTURE_CHARGE_SESSIONS))
                .map(EntityFeatureStatus::enabled).findFirst().orElse(false);
    }
}
