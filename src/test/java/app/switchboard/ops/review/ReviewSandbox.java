package app.switchboard.ops.review;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.sandbox.FynnModel;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A sandbox seeded against a fixed clock, with a Fynn client pointing at it (shared by the review's tests). */
public final class ReviewSandbox implements AutoCloseable {
    public final Sandbox sandbox;
    public final SharedHttp http = new SharedHttp();
    public final FynnApi fynn;
    public final Environment environment;

    public ReviewSandbox(Clock clock, int scale, long latencyMs) {
        sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).scale(scale)
                .faults(FaultSettings.none().withLatency(latencyMs, 0)).build());
        environment = new Environment("Review sandbox", "#2e7d32", RiskLevel.TEST, sandbox.derApiUrl(),
                sandbox.derTokenUrl(), sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(environment.fynnKeyKey(), sandbox.fynnApiKey());
        fynn = HttpFynnApi.forEnvironment(environment, secrets, http);
    }

    public ReviewScanner scanner(Clock clock) {
        return new ReviewScanner(fynn, http.executor(), clock);
    }

    /** Ids of the sandbox's entitlements that satisfy {@code rule}: the expectation, read from the server's own state. */
    public Set<String> entitlementIds(Predicate<FynnModel.Entitlement> rule) {
        return sandbox.fynnStore().allEntitlements().stream().filter(rule).map(FynnModel.Entitlement::id)
                .collect(Collectors.toSet());
    }

    /** Whether the sandbox counts the entitlement as switched on at {@code now} (active or pending). */
    public static boolean switchedOn(FynnModel.Entitlement entitlement, Instant now) {
        String status = entitlement.status(now);
        return status.equals("active") || status.equals("pending");
    }

    public static Set<String> ids(List<ReviewRow> rows) {
        return rows.stream().map(ReviewRow::entitlementId).collect(Collectors.toSet());
    }

    /** A connector that opens every environment onto this sandbox, as the Demo connector would. */
    public EnvironmentConnector connector() {
        return requested -> new EnvironmentConnection() {
            @Override
            public Environment environment() {
                return environment;
            }

            @Override
            public DerConnectApi der() {
                throw new UnsupportedOperationException("the review reads Fynn only");
            }

            @Override
            public FynnApi fynn() {
                return fynn;
            }

            @Override
            public void close() {
            }
        };
    }

    @Override
    public void close() {
        http.close();
        sandbox.close();
    }
}
