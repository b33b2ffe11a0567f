package app.switchboard.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * DER Connect and Fynn, simulated on one loopback port: the Demo environment, the test double and
 * the fault injector. Start with {@link #start(SandboxConfig)}, stop with {@link #close()}.
 */
public final class Sandbox implements AutoCloseable {
    private static final int WORKER_THREADS = 16;

    static {
        // The JDK server writes headers and body separately; with Nagle on, each answer waits ~40 ms
        // for the client's delayed ACK. The property is read once, when the first server is made.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final SandboxConfig config;
    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;
    private final RequestPipeline pipeline;
    private final DerStore derStore;
    private final FynnStore fynnStore;
    private final DerTokens tokens;
    private final FaultInjector faults;
    private final FynnRoutes fynnRoutes;
    private final String clientId;
    private final String clientSecret;
    private final String fynnApiKey;
    private final String fynnReadOnlyKey;
    private final String baseUrl;

    private Sandbox(SandboxConfig config) throws IOException {
        this.config = config;
        Instant now = config.clock().instant();
        this.workers = Executors.newFixedThreadPool(WORKER_THREADS, daemonThreads("sandbox-http-"));
        // the two data sets are independent: seed them side by side
        Future<DerStore> seededDer = workers.submit(() -> new DerStore(DerSeed.generate(config.seed(), config.scale(), now)));
        this.fynnStore = new FynnStore(FynnSeed.generate(config.seed(), config.scale(), now));
        this.derStore = await(seededDer);
        SecureRandom random = new SecureRandom();
        this.clientId = config.clientId() != null ? config.clientId() : "esp_SwitchboardDemo_" + hex(random, 3);
        this.clientSecret = config.clientSecret() != null ? config.clientSecret() : hex(random, 16);
        this.fynnApiKey = config.fynnApiKey() != null ? config.fynnApiKey() : "sbx_live_" + hex(random, 16);
        this.fynnReadOnlyKey = config.fynnReadOnlyKey() != null ? config.fynnReadOnlyKey() : "sbx_read_" + hex(random, 16);
        this.tokens = new DerTokens(config.clock(), config.tokenLifetimeSeconds());
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2, daemonThreads("sandbox-timer-"));
        timer.setRemoveOnCancelPolicy(true);
        this.scheduler = timer;
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 512);
        } catch (IOException e) {
            scheduler.shutdownNow();
            workers.shutdownNow();
            throw e;
        }
        this.baseUrl = "http://127.0.0.1:" + server.getAddress().getPort();
        ConcurrentEditor editor = new ConcurrentEditor(derStore, fynnStore, config.clock(), config.seed());
        this.faults = new FaultInjector(config.faults(), editor, scheduler);
        DerRoutes der = new DerRoutes(derStore, tokens, config.clock(), clientId, clientSecret, derApiUrl());
        FynnRoutes fynn = new FynnRoutes(fynnStore, new FynnEntitlementRoutes(fynnStore, config.clock(), config.seed()),
                fynnApiKey, fynnReadOnlyKey);
        if (config.documentedOnly()) {
            der.documentedOnly();
            fynn.documentedOnly();
        }
        fynn.errorShape(config.fynnErrors());
        this.fynnRoutes = fynn;
        AdminRoutes admin = new AdminRoutes(faults, this::stats, tokens::revokeAll);
        this.pipeline = new RequestPipeline(der, fynn, admin, faults, workers, scheduler);
        server.createContext("/", pipeline);
        server.setExecutor(workers);
    }

    /** Seeds the data and serves on 127.0.0.1 until closed. */
    public static Sandbox start(SandboxConfig config) {
        try {
            Sandbox sandbox = new Sandbox(config);
            sandbox.server.start();
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the sandbox on port " + config.port(), e);
        }
    }

    public String baseUrl() {
        return baseUrl;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** DER Connect API base: paths such as {@code /v1/entities} go below it. */
    public String derApiUrl() {
        return baseUrl + "/der";
    }

    public String derTokenUrl() {
        return baseUrl + DerRoutes.TOKEN_PATH;
    }

    public String fynnUrl() {
        return baseUrl + "/fynn";
    }

    public String clientId() {
        return clientId;
    }

    public String clientSecret() {
        return clientSecret;
    }

    public String fynnApiKey() {
        return fynnApiKey;
    }

    /** A Fynn key that may read but gets 403 on every write. */
    public String fynnReadOnlyKey() {
        return fynnReadOnlyKey;
    }

    /** Live fault settings, counters and the concurrent editor. */
    /** Switches the shape of Fynn's error bodies from the next request on. */
    public void fynnErrors(FynnErrorShape shape) {
        fynnRoutes.errorShape(shape);
    }

    public FaultInjector faults() {
        return faults;
    }

    public SandboxConfig config() {
        return config;
    }

    public Clock clock() {
        return config.clock();
    }

    public DerStore derStore() {
        return derStore;
    }

    public FynnStore fynnStore() {
        return fynnStore;
    }

    /** Forgets every issued DER token, so the next API call gets a 401 and the client must re-authenticate. */
    public void revokeTokens() {
        tokens.revokeAll();
    }

    public SandboxStats stats() {
        return SandboxStats.of(derStore, fynnStore, config.clock().instant());
    }

    /** Stops serving; hung requests are closed rather than left waiting. */
    @Override
    public void close() {
        faults.stop();
        server.stop(0);
        pipeline.releaseHung();
        scheduler.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUrl + ", seed=" + config.seed() + ", scale=" + config.scale() + "]";
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while seeding the sandbox", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("seeding the sandbox failed", e.getCause());
        }
    }

    private static String hex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = Executors.defaultThreadFactory().newThread(task);
            thread.setName(prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
