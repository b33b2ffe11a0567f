package app.switchboard.resilience;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.Confirmer;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real client stack (shared HTTP client, typed APIs, gateways, change engine, activity log)
 * wired to one environment, with short timeouts and backoff so that fault runs fit a test budget.
 * Also what a crash-test child process builds from the URLs and credentials it is given.
 */
public final class SandboxRig implements AutoCloseable {
    public static final Duration READ_TIMEOUT = Duration.ofMillis(500);

    private final Environment environment;
    private final SharedHttp http;
    private final DerConnectApi der;
    private final FynnApi fynn;

    public SandboxRig(Environment environment, SecretStore secrets, int maxInFlight) {
        this.environment = Objects.requireNonNull(environment);
        this.http = new SharedHttp(Duration.ofSeconds(2), READ_TIMEOUT, Duration.ofSeconds(5));
        RetryPolicy quick = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(5),
                () -> ThreadLocalRandom.current().nextDouble());
        ApiTuning tuning = ApiTuning.standard().withRetry(quick).withMaxInFlight(maxInFlight);
        this.der = HttpDerConnectApi.forEnvironment(environment, secrets, http.okHttp(), tuning);
        this.fynn = HttpFynnApi.forEnvironment(environment, secrets, http.okHttp(), http.executor(), tuning);
    }

    /** A test-risk environment on the given sandbox URLs; its secrets go under its keys. */
    public static Environment environment(String name, String baseUrl, String clientId) {
        return new Environment(name, "#22aa66", RiskLevel.TEST, baseUrl + "/der",
                baseUrl + "/am/oauth2/realms/root/realms/difesp/access_token", clientId, "esp", baseUrl + "/fynn", false);
    }

    public static void storeSecrets(SecretStore secrets, Environment env, Sandbox sandbox) {
        secrets.put(env.derSecretKey(), sandbox.clientSecret());
        secrets.put(env.fynnKeyKey(), sandbox.fynnApiKey());
    }

    public Environment environment() {
        return environment;
    }

    public DerConnectApi der() {
        return der;
    }

    public FynnApi fynn() {
        return fynn;
    }

    /** The engine as the application builds it, confirming every question with a reason. */
    public ChangeEngine engine(ActivityLog log) {
        Confirmer yes = Confirmer.answering(ConfirmationAnswer.confirmed("resilience run"));
        return new ChangeEngine(List.of(new DerFeatureGateway(env -> der), new FynnEntitlementGateway(env -> fynn)),
                new ConfirmationPolicy(ConfirmationSettings.defaults()), yes, log, new ReadOnlyApis(), new UndoStack(),
                Clock.systemUTC(), "resilience");
    }

    /** What a reload shows for the switch: the same read the views make. */
    public boolean reload(ChangeTarget target) {
        if (target.api() == Api.DER_CONNECT) {
            return der.features(target.targetId()).stream()
                    .anyMatch(f -> target.item().equals(f.feature()) && f.enabled());
        }
        return fynn.entitlements(target.targetId(), null, true).stream()
                .filter(e -> target.item().equals(e.id()))
                .findFirst()
                .map(FynnEntitlementGateway::isOn)
                .orElseThrow(() -> new IllegalStateException("entitlement gone: " + target.item()));
    }

    /** The sandbox's own state of the switch, read from its store rather than over HTTP. */
    public static boolean truth(Sandbox sandbox, ChangeTarget target) {
        if (target.api() == Api.DER_CONNECT) {
            return sandbox.derStore().capture(UUID.fromString(target.targetId())).enabled();
        }
        FynnModel.Entitlement e = sandbox.fynnStore().entitlement(target.item()).orElseThrow();
        String status = e.status(sandbox.clock().instant());
        return status.equals("active") || status.equals("pending");
    }

    /** DER targets for entities that can capture charge sessions, and Fynn targets for entitlements not expired. */
    public static List<ChangeTarget> switchable(Sandbox sandbox, Environment env, int derCount, int fynnCount) {
        List<ChangeTarget> der = sandbox.derStore().entities().stream()
                .filter(e -> e.canCaptureChargeSessions() && !e.lacksBatteryCapacity())
                .limit(derCount)
                .map(e -> ChangeTarget.derFeature(env, e.id().toString(), DerConnectApi.CAPTURE_CHARGE_SESSIONS,
                        e.name(), e.type(), e.identifier()))
                .toList();
        List<ChangeTarget> fynn = sandbox.fynnStore().allEntitlements().stream()
                .filter(e -> !e.status(sandbox.clock().instant()).equals("expired"))
                .sorted(java.util.Comparator.comparing(FynnModel.Entitlement::id))
                .limit(fynnCount)
                .map(e -> ChangeTarget.fynnEntitlement(env,
                        sandbox.fynnStore().item(e.itemId()).orElseThrow().subscriptionId(), e.id(), null, null, null,
                        e.featureId()))
                .toList();
        if (der.size() < derCount || fynn.size() < fynnCount) {
            throw new IllegalStateException("sandbox too small: " + der.size() + " DER, " + fynn.size() + " Fynn");
        }
        return java.util.stream.Stream.concat(der.stream(), fynn.stream()).toList();
    }

    /** Closes the connection pool and its threads. */
    @Override
    public void close() {
        http.close();
    }
}
