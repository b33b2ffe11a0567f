package app.switchboard.bench;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.Confirmer;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.sandbox.BenchEntitlements;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.change.BulkFlowModel;
import app.switchboard.ui.common.change.BulkWindowBench;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.StaleWriteChooser;
import app.switchboard.ui.common.fx.FxThread;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.stage.Stage;

/**
 * Paging and bulk against the in-process sandbox over HTTP, with the application's own client,
 * change engine and activity log; the FX pulses are watched meanwhile while the results reach a
 * table on screen ({@link LiveTable}).
 */
final class ServiceBench implements AutoCloseable {
    static final long LATENCY_MS = 50;
    static final int PAGES = 100;
    static final int PAGE_SIZE = FynnApi.MAX_LIMIT;
    static final int TOGGLES = 1000;

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().scale(3)
            .faults(FaultSettings.none().withLatency(LATENCY_MS, 0)).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());
    private final FynnApi fynn;
    private final String bigSubscription;
    private final Path logDir;
    private final ExecutorService workers = Executors.newFixedThreadPool(BulkChanges.DEFAULT_IN_FLIGHT * 2);
    private final LiveTable table;

    ServiceBench(LiveTable table) throws Exception {
        this.table = table;
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());
        fynn = HttpFynnApi.forEnvironment(demo, secrets, http);
        bigSubscription = BenchEntitlements.growOneSubscription(sandbox, PAGES * PAGE_SIZE);
        logDir = Files.createTempDirectory("switchboard-bench-log");
    }

    /** Loads the big subscription's entitlements page by page into the on-screen table. */
    Sample loadEntitlements(PulseGaps pulses) throws Exception {
        table.clear();
        pulses.start();
        long start = System.nanoTime();
        List<Entitlement> all = fynn.entitlements(bigSubscription, null, true, (items, done, total) -> table.add(items));
        double millis = (System.nanoTime() - start) / 1e6;
        table.awaitShown(all.size());
        double gap = pulses.stop();
        if (all.size() != PAGES * PAGE_SIZE) {
            throw new IllegalStateException("expected " + PAGES * PAGE_SIZE + " entitlements, got " + all.size());
        }
        return new Sample(millis, gap);
    }

    /** The limit for paging: page 1 alone could not be beaten either, so ceil(pages / window) x latency. */
    static double pagingBound() {
        return Math.ceil((double) PAGES / app.switchboard.client.ApiCaller.DEFAULT_MAX_IN_FLIGHT) * LATENCY_MS;
    }

    static double bulkBound() {
        return (double) TOGGLES / BulkChanges.DEFAULT_IN_FLIGHT * LATENCY_MS;
    }

    /** Switches 1,000 seed entitlements to the opposite position in one bulk run. */
    BulkSample bulk(PulseGaps pulses, double rateLimitedShare) throws Exception {
        sandbox.faults().set(new FaultSettings(LATENCY_MS, 0, 0, 0, rateLimitedShare, 0, 0, 0, 0, 1, 30_000, 0, 3));
        try {
            ActivityLog log = new ActivityLog(logDir);
            ChangeEngine engine = new ChangeEngine(List.of(new FynnEntitlementGateway(env -> fynn)),
                    new ConfirmationPolicy(ConfirmationSettings.defaults()),
                    Confirmer.answering(ConfirmationAnswer.confirmed("performance harness")), log,
                    new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), "bench");
            BulkChanges bulk = new BulkChanges(engine, workers);
            Messages messages = Messages.load(Locale.ENGLISH);
            ChangeRunner changes = new ChangeRunner(engine, TaskRunner.onFxThread(workers, (what, error) -> { }),
                    new Notifier(FxThread.executor()),
                    stale -> CompletableFuture.completedFuture(StaleWriteChooser.Choice.RELOAD), messages);
            List<BulkCandidate> candidates = candidates();
            boolean desiredOn = false;
            // the console's own bulk flow model in its own bulk window
            BulkFlowModel flow = LiveTable.onFxThread(() -> new BulkFlowModel(bulk, changes, FxThread.executor(),
                    candidates, desiredOn));
            Stage window = LiveTable.onFxThread(() -> BulkWindowBench.show(flow, messages));
            pulses.start();
            long start = System.nanoTime();
            LiveTable.onFxThread(flow::start);
            BulkResult result = flow.done().get(10, TimeUnit.MINUTES);
            LiveTable.onFxThread(window::close);
            double millis = (System.nanoTime() - start) / 1e6;
            double gap = pulses.stop();
            Map<String, Long> logged = log.query(ActivityQuery.all())
                    .filter(e -> result.batch().equals(e.batch()))
                    .collect(Collectors.groupingBy(ActivityEntry::item, Collectors.counting()));
            long loggedOnce = logged.values().stream().filter(n -> n == 1).count();
            return new BulkSample(millis, gap, result.items().size(), result.succeeded(), loggedOnce,
                    sandbox.faults().counters().getOrDefault("RATE_LIMITED", 0L));
        } finally {
            sandbox.faults().set(FaultSettings.none().withLatency(LATENCY_MS, 0));
            sandbox.faults().resetCounters();
        }
    }

    /**
     * 1,000 entitlements outside the big subscription (whose stale-write read would be 100 pages),
     * each switched on now; the previous run switched them off, so they are switched on again first.
     */
    private List<BulkCandidate> candidates() {
        java.time.Instant now = sandbox.clock().instant();
        List<BulkCandidate> result = new ArrayList<>();
        Map<String, String> subscriptionOfItem = new HashMap<>();
        for (FynnModel.Entitlement e : sandbox.fynnStore().allEntitlements()) {
            if (result.size() == TOGGLES) {
                break;
            }
            String subscription = subscriptionOfItem.computeIfAbsent(e.itemId(),
                    item -> sandbox.fynnStore().item(item).orElseThrow().subscriptionId());
            if (subscription.equals(bigSubscription) || e.status(now).equals("expired")) {
                continue;
            }
            sandbox.fynnStore().setEnabled(e.id(), true);
            result.add(BulkCandidate.eligible(ChangeTarget.fynnEntitlement(demo, subscription, e.id(), null, null,
                    null, e.featureId()), true));
        }
        if (result.size() < TOGGLES) {
            throw new IllegalStateException("the sandbox has only " + result.size() + " entitlements to switch");
        }
        return result;
    }

    record Sample(double millis, double longestGapMs) {
    }

    record BulkSample(double millis, double longestGapMs, int items, long succeeded, long loggedOnce,
                      long rateLimitedAnswers) {
    }

    @Override
    public void close() {
        workers.shutdownNow();
        http.close();
        sandbox.close();
    }
}
