package app.switchboard.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.review.ReviewQueries;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Review opened on a kept scan shows its queue sizes and the queue's first rows from the preview
 * in front of its rows, says that it is still reading, lets nothing filter or sort the part, and
 * then shows the whole scan as read: the one kept then, or nothing and a word when its rows are
 * damaged. Tasks are run one at a time, so each step is seen.
 */
class ReviewKeptPreviewTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Environment PROD = new Environment("Prod bench", "#c62828", RiskLevel.PRODUCTION,
            "https://der.example/api", "https://der.example/token", "switchboard", "esp", "https://fynn.example", true);

    private static ReviewSandbox sandbox;
    private static List<ReviewRow> rows;
    private final Deque<Runnable> work = new ArrayDeque<>();
    private final TaskRunner tasks = TaskRunner.deferred(work::add, (what, error) -> {
        throw new AssertionError(what, error);
    });
    private ReviewScans scans;
    private ReviewViewModel model;
    @TempDir
    Path data;

    @BeforeAll
    static void start() throws Exception {
        sandbox = new ReviewSandbox(CLOCK, 1, 0);
        rows = ReviewTableBench.rows(3000);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void open() {
        EnvironmentConnector offline = environment -> {
            throw new IllegalStateException("not connected in this test");
        };
        EnvironmentSession session = new EnvironmentSession(new InMemoryEnvironmentStore(List.of(PROD)), offline, tasks,
                CLOCK, Messages.load(Locale.ENGLISH));
        session.switchTo(PROD);
        drain();
        ReviewChanges changes = new ReviewChanges(sandbox, session, tasks, Messages.load(Locale.ENGLISH), CLOCK, data.resolve("activity"));
        scans = new ReviewScans(data.resolve("review"));
        model = new ReviewViewModel(session, tasks, sandbox.http, CLOCK, Messages.load(Locale.ENGLISH), new Navigator(),
                changes.runner, scans);
    }

    @Test
    void theQueueSizesAndFirstRowsShowBeforeTheRowsAreReadAndFilteringWaitsForThem() throws Exception {
        ReviewSnapshot kept = scan(NOW.minus(Duration.ofHours(20)), rows);
        scans.save(PROD, kept);
        ReviewQueries queries = new ReviewQueries(CLOCK);
        ReviewQueries.Queues whole = queries.queues(kept, ReviewQueue.EXPIRING, Duration.ofDays(90));
        model.horizonDaysProperty().set(90);

        model.openStored();
        step(); // the preview only

        assertThat(model.snapshotProperty().get()).as("no whole scan yet").isNull();
        assertThat(model.readingProperty().get()).isTrue();
        assertThat(model.queueSizesProperty().get()).isEqualTo(whole.sizes());
        assertThat(model.rows()).isNotEmpty().isEqualTo(whole.rows().subList(0, model.rows().size()));
        assertThat(model.asOfProperty().get()).isEqualTo("As of Nov 30, 2026, 2:00 PM: the kept scan, reading its 3,000 rows");
        assertThat(model.placeholderShownProperty().get()).isFalse();

        model.queueProperty().set(ReviewQueue.DISABLED);
        assertThat(model.queueSizesProperty().get()).isEqualTo(whole.sizes());
        assertThat(model.rows()).as("the preview has no first rows of this queue").isEmpty();
        model.queueProperty().set(ReviewQueue.EXPIRING);
        model.filterProperty().set("Customer 1");
        assertThat(model.rows()).as("a filter never narrows a part of the queue").isEmpty();

        drain();

        assertThat(model.readingProperty().get()).isFalse();
        assertThat(model.snapshotProperty().get().rows()).hasSize(3000);
        assertThat(model.rows()).isNotEmpty().isEqualTo(ReviewQueries.containing(whole.rows(), "Customer 1"));
        assertThat(model.asOfProperty().get()).startsWith("As of Nov 30, 2026, 2:00 PM (scan took");
    }

    @Test
    void keptRowsThatCannotBeReadTakeTheirPreviewAwayAndSaySo() throws Exception {
        scans.save(PROD, scan(NOW.minus(Duration.ofHours(20)), rows));
        byte[] content;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(scans.fileOf(PROD)))) {
            content = in.readAllBytes();
        }
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(scans.fileOf(PROD)))) {
            out.write(Arrays.copyOf(content, content.length - 1000));
        }
        model.horizonDaysProperty().set(90);

        model.openStored();
        step();
        assertThat(model.readingProperty().get()).isTrue();
        assertThat(model.rows()).isNotEmpty();
        drain();

        assertThat(model.readingProperty().get()).isFalse();
        assertThat(model.snapshotProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.queueSizesProperty().get()).isEmpty();
        assertThat(model.asOfProperty().get()).isEqualTo("Not scanned yet");
        assertThat(model.noticeProperty().get()).isEqualTo(
                "The rows of the last review scan could not be read. Scan again to see the queues.");
    }

    @Test
    void aNewerScanKeptByAnotherConsoleWhileTheRowsAreReadIsShownWholeWithItsOwnTime() throws Exception {
        scans.save(PROD, scan(NOW.minus(Duration.ofDays(3)), rows));
        ReviewSnapshot newer = scan(NOW.minus(Duration.ofHours(1)), rows.subList(0, 1200));
        model.horizonDaysProperty().set(90);

        model.openStored();
        step();
        assertThat(model.asOfProperty().get()).contains("Nov 28, 2026").contains("3,000 rows");
        new ReviewScans(data.resolve("review")).save(PROD, newer);
        drain();

        assertThat(model.snapshotProperty().get().asOf()).isEqualTo(newer.asOf());
        assertThat(model.snapshotProperty().get().rows()).isEqualTo(newer.rows());
        assertThat(model.queueSizesProperty().get()).isEqualTo(
                new ReviewQueries(CLOCK).queues(newer, ReviewQueue.EXPIRING, Duration.ofDays(90)).sizes());
        assertThat(model.asOfProperty().get()).startsWith("As of Dec 1, 2026, 9:00 AM (scan took");
    }

    private static ReviewSnapshot scan(Instant asOf, List<ReviewRow> rows) {
        return new ReviewSnapshot(asOf, rows.size() / 3, rows, List.of(), List.of(), Duration.ofSeconds(4));
    }

    private void step() {
        work.poll().run();
    }

    private void drain() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }
}
