package app.switchboard.ops.review;

import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.credentials.SecretStore;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import java.time.Clock;

/** A sandbox seeded against a fixed clock, with a Fynn client pointing at it. */
final class ReviewSandbox implements AutoCloseable {
    final Sandbox sandbox;
    final SharedHttp http = new SharedHttp();
    final FynnApi fynn;

    ReviewSandbox(Clock clock, int scale, long latencyMs) {
        sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).scale(scale)
                .faults(FaultSettings.none().withLatency(latencyMs, 0)).build());
        Environment environment = new Environment("Review sandbox", "#2e7d32", RiskLevel.TEST, sandbox.derApiUrl(),
                sandbox.derTokenUrl(), sandbox.clientId(), "esp", sandbox.fynnUrl(), false);
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(environment.fynnKeyKey(), sandbox.fynnApiKey());
        fynn = HttpFynnApi.forEnvironment(environment, secrets, http);
    }

    ReviewScanner scanner(Clock clock) {
        return new ReviewScanner(fynn, http.executor(), clock);
    }

    @Override
    public void close() {
        http.close();
        sandbox.close();
    }
}
