package app.switchboard.ui.review;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.fynn.Feature;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The Review opened again on an environment whose last scan is kept (100,000 entitlements): from
 * the view model asked to open (as the view does when shown) until its queue sizes are set and the
 * queue's table holding rows is laid out (the preview in front of the kept rows, where there is one),
 * and until every row is read. The kept scan is read and its queues are worked out on
 * a worker, as in the console; the environment is not connected, so no new scan starts.
 */
public final class ReviewReopenBench implements AutoCloseable {
    private static final Environment PROD = new Environment("Prod bench", "#c62828", RiskLevel.PRODUCTION,
            "https://der.example/api", "https://der.example/token", "switchboard", "esp", "https://fynn.example", true);

    private final Path folder;
    private final ReviewSandbox sandbox;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final Clock clock = Clock.systemDefaultZone();

    private ReviewReopenBench(Path folder) {
        this.folder = folder;
        // only for the change runner the view model listens to; nothing is sent to it
        this.sandbox = new ReviewSandbox(clock, 1, 0);
    }

    /** Keeps a scan of {@code count} entitlements (as a finished scan would) for the openings to read. */
    public static ReviewReopenBench keeping(int count) throws Exception {
        ReviewReopenBench bench = new ReviewReopenBench(Files.createTempDirectory("switchboard-reopen"));
        List<ReviewRow> rows = ReviewTableBench.rows(count);
        Map<String, Feature> features = new LinkedHashMap<>();
        rows.forEach(row -> features.putIfAbsent(row.featureId(), row.entitlement().feature()));
        ReviewSnapshot scan = new ReviewSnapshot(Instant.now().minus(Duration.ofHours(2)), count / 3, rows,
                List.copyOf(features.values()), List.of(), Duration.ofSeconds(60));
        new ReviewScans(bench.folder.resolve("review")).save(PROD, scan);
        return bench;
    }

    /** Size of the kept file in bytes. */
    public long fileBytes() {
        return new ReviewScans(folder.resolve("review")).fileOf(PROD).toFile().length();
    }

    /**
     * One opening: ms of wall clock and of process CPU until the queue sizes are set and the queue's
     * table shows rows (from a kept scan's preview where it has one), and of wall clock until every
     * row is read and the view shows the whole scan.
     */
    public Sample open() throws Exception {
        long[] cpuBefore = new long[1];
        CompletableFuture<double[]> shown = new CompletableFuture<>();
        CompletableFuture<Double> whole = new CompletableFuture<>();
        CompletableFuture<Stage> stage = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                TaskRunner tasks = TaskRunner.onFxThread(workers, (what, error) -> shown.completeExceptionally(error));
                EnvironmentConnector offline = environment -> {
                    throw new IllegalStateException("not connected during the measurement");
                };
                EnvironmentSession session = new EnvironmentSession(new InMemoryEnvironmentStore(List.of(PROD)), offline,
                        tasks, clock, Messages.load(Locale.ENGLISH));
                session.switchTo(PROD);
                ReviewChanges changes = new ReviewChanges(sandbox, session, tasks, Messages.load(Locale.ENGLISH), clock,
                        folder.resolve("activity"));
                ReviewViewModel model = new ReviewViewModel(session, tasks, sandbox.http, clock,
                        Messages.load(Locale.ENGLISH), new Navigator(), changes.runner, new ReviewScans(folder.resolve("review")));
                model.queueProperty().set(ReviewQueue.EXPIRING);
                model.horizonDaysProperty().set(365);
                TableView<ReviewRow> table = new TableView<>(model.rows());
                QueueTable.configure(table, new ReviewTexts(Messages.load(Locale.ENGLISH), clock.getZone()));
                Stage window = new Stage();
                window.setScene(new Scene(table, 1280, 800));
                window.show();
                table.applyCss();
                table.layout();
                stage.complete(window);
                cpuBefore[0] = processCpuNanos();
                long start = System.nanoTime();
                // the sizes alone are not the queue shown: the table must hold rows too
                InvalidationListener check = o -> {
                    if (!shown.isDone() && !model.queueSizesProperty().get().isEmpty() && !table.getItems().isEmpty()) {
                        table.applyCss();
                        table.layout();
                        shown.complete(new double[] {(System.nanoTime() - start) / 1e6, (processCpuNanos() - cpuBefore[0]) / 1e6});
                    }
                };
                model.queueSizesProperty().addListener(check);
                model.rows().addListener(check);
                model.snapshotProperty().addListener((obs, old, now) -> {
                    if (now != null) {
                        table.applyCss();
                        table.layout();
                        whole.complete((System.nanoTime() - start) / 1e6);
                    }
                });
                model.openStored();
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        double[] first = shown.get(5, TimeUnit.MINUTES);
        double all = whole.get(5, TimeUnit.MINUTES);
        Platform.runLater(() -> stage.join().close());
        return new Sample(first[0], first[1], all);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /**
     * @param wallMs  from asking the view to open until its queue sizes and rows are laid out
     * @param cpuMs   the process's CPU meanwhile
     * @param wholeMs from asking until every row is read and the whole scan is shown
     */
    public record Sample(double wallMs, double cpuMs, double wholeMs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f ms (CPU %.0f ms), every row %.0f ms", wallMs, cpuMs, wholeMs);
        }
    }

    @Override
    public void close() throws Exception {
        workers.shutdownNow();
        sandbox.close();
        try (var files = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(files.toList());
            java.util.Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
