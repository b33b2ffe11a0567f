package app.switchboard.cli;

import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.FynnErrorShape;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code switchboard sandbox}: serves the simulated APIs from a terminal until interrupted. */
@Command(name = "sandbox", mixinStandardHelpOptions = true,
        description = "Serve simulated DER Connect and Fynn APIs on 127.0.0.1 until interrupted (Ctrl+C).")
public final class SandboxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", defaultValue = "8787", description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", defaultValue = "1", description = "Multiplies the data set; 100 gives 300,000+ entitlements (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--latency-ms", defaultValue = "0", description = "Delay added to every API answer, with up to 50%% jitter (default: ${DEFAULT-VALUE}).")
    long latencyMs;

    @Option(names = "--fault-rate", defaultValue = "0", description = "Share of API requests (0..1) that get an injected fault (default: ${DEFAULT-VALUE}).")
    double faultRate;

    @Option(names = "--token-lifetime", defaultValue = "3600", description = "Lifetime of DER access tokens in seconds (default: ${DEFAULT-VALUE}).")
    long tokenLifetime;

    @Option(names = "--documented-only", description = "Serve only the operations the vendors document (x-provenance seen); "
            + "the inferred ones answer 404 (DER Connect) or 405 (Fynn), as they may on the real services.")
    boolean documentedOnly;

    @Option(names = "--fynn-errors", defaultValue = "PROBLEM_JSON", paramLabel = "SHAPE",
            description = "Shape of Fynn's error bodies: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    FynnErrorShape fynnErrors;

    private final CountDownLatch stop = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        if (faultRate < 0 || faultRate > 1) {
            spec.commandLine().getErr().println("--fault-rate must be between 0 and 1");
            return 2;
        }
        long started = System.nanoTime();
        SandboxConfig config = SandboxConfig.builder().port(port).seed(seed).scale(scale)
                .tokenLifetimeSeconds(tokenLifetime).faults(FaultSettings.of(latencyMs, faultRate))
                .documentedOnly(documentedOnly).fynnErrors(fynnErrors).build();
        try (Sandbox sandbox = Sandbox.start(config)) {
            Thread hook = Executors.defaultThreadFactory().newThread(stop::countDown);
            Runtime.getRuntime().addShutdownHook(hook);
            describe(sandbox, (System.nanoTime() - started) / 1_000_000, spec.commandLine().getOut());
            try {
                stop.await();
            } finally {
                removeHook(hook);
            }
        }
        return 0;
    }

    /** Ends {@link #call()} as Ctrl+C would; tests use it. */
    void stop() {
        stop.countDown();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl+C): the hook is what woke us
        }
    }

    private static void describe(Sandbox sandbox, long startMillis, PrintWriter out) {
        out.printf("Switchboard sandbox serving on %s (started in %d ms)%n", sandbox.baseUrl(), startMillis);
        out.printf("  data: %d entities, %d customers, %d subscriptions, %d entitlements (seed %d, scale %d)%n%n",
                sandbox.derStore().entities().size(), sandbox.fynnStore().customers().size(),
                sandbox.fynnStore().subscriptions().size(), sandbox.fynnStore().allEntitlements().size(),
                sandbox.config().seed(), sandbox.config().scale());
        out.println("DER Connect");
        out.println("  API base URL:   " + sandbox.derApiUrl());
        out.println("  Token URL:      " + sandbox.derTokenUrl());
        out.println("  Client id:      " + sandbox.clientId());
        out.println("  Client secret:  " + sandbox.clientSecret());
        out.println("Fynn");
        out.println("  API base URL:   " + sandbox.fynnUrl());
        out.println("  API key:        " + sandbox.fynnApiKey());
        out.println("  Read-only key:  " + sandbox.fynnReadOnlyKey());
        out.println("Sandbox");
        if (sandbox.config().documentedOnly()) {
            out.println("  Documented only: the inferred operations answer 404 (DER Connect) or 405 (Fynn)");
        }
        out.println("  Fynn errors:    " + sandbox.config().fynnErrors());
        out.println("  Faults:         " + sandbox.baseUrl() + "/admin/faults   (GET, PUT JSON)");
        out.println("  Editor:         " + sandbox.baseUrl() + "/admin/editor   (POST {\"changes\": 5})");
        out.println("  OpenAPI:        " + sandbox.baseUrl() + "/openapi/der-connect.yaml, /openapi/fynn.yaml");
        out.println();
        out.println("These demo credentials are generated for this run only. Press Ctrl+C to stop.");
        out.flush();
    }
}
