package app.switchboard.ui.review;

import app.switchboard.audit.Api;
import app.switchboard.client.CallScope;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.SwitchState;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ops.review.ReviewCsv;
import app.switchboard.ops.review.ReviewQueries;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewScanner;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.ScanPreview;
import app.switchboard.ops.review.WeekBucket;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.ui.common.table.RowList;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Review view: one scan of every subscription's entitlements in the current
 * environment, kept for the session (until Refresh or an environment switch), and the queues,
 * counts, chart data and feature catalogue derived from it. No nodes; used on the JavaFX thread.
 */
public final class ReviewViewModel {
    /** The horizons offered in the queue selector; anything else is a custom number of days. */
    public static final List<Integer> PRESET_DAYS = List.of(7, 30, 90);

    private final EnvironmentSession session;
    private final TaskRunner tasks;
    private final SharedHttp http;
    private final Clock clock;
    private final Navigator navigator;
    private final ReviewTexts texts;
    private final ReviewQueries queries;

    private final ObjectProperty<ReviewSnapshot> snapshot = new SimpleObjectProperty<>();
    /** A kept scan's preview, on screen while its rows are read; null otherwise. */
    private final ObjectProperty<ScanPreview> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<RunningTask> scan = new SimpleObjectProperty<>();
    private final ObjectProperty<ReviewQueue> queue = new SimpleObjectProperty<>(ReviewQueue.EXPIRING);
    private final IntegerProperty horizonDays = new SimpleIntegerProperty(30);
    private final RowList<ReviewRow> rows = new RowList<>();
    private final ObjectProperty<Map<ReviewQueue, Integer>> queueSizes = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<Map<EntitlementStatus, Long>> statusCounts = new SimpleObjectProperty<>(Map.of());
    private final ObservableList<WeekBucket> weeks = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty();
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringBinding asOf;
    private final StringBinding queueExplanation;
    private final ObjectBinding<EmptyState> emptyState;
    private final BooleanBinding placeholderShown;
    private final BooleanBinding reading = preview.isNotNull();
    private final KeptScan kept;
    private final QueueActions actions;
    /** Whether the snapshot on screen is a kept one that no scan of this session has replaced yet. */
    private boolean storedShown;
    private final FeatureCatalogue catalogue;
    /** What a kept scan shows, worked out with it in the background; used once, if still wanted. */
    private Picture prepared;
    private CallScope scope;

    public ReviewViewModel(EnvironmentSession session, TaskRunner tasks, SharedHttp http, Clock clock,
                           Messages messages, Navigator navigator, ChangeRunner changes, ReviewScans scans) {
        this.session = session;
        this.tasks = tasks;
        this.http = http;
        this.clock = clock;
        this.navigator = navigator;
        this.texts = new ReviewTexts(messages, clock.getZone());
        this.kept = new KeptScan(tasks, scans, texts);
        this.actions = new QueueActions(session, tasks, texts, notice::set);
        this.queries = new ReviewQueries(clock);
        this.catalogue = new FeatureCatalogue(texts, navigator, () -> snapshot.get() != null,
                () -> scope != null || kept.reading(), this::scan, this::alsoSay);
        asOf = Bindings.createStringBinding(() -> snapshot.get() != null
                ? texts.get("review.asof", texts.dateTime(snapshot.get().asOf()), snapshot.get().took().toMillis() / 1000.0)
                : preview.get() != null ? texts.get("review.asof.reading", texts.dateTime(preview.get().asOf()), preview.get().rowCount())
                : texts.get(scan.get() == null ? "review.asof.never" : "review.asof.scanning"), snapshot, scan, preview);
        queueExplanation = Bindings.createStringBinding(() -> texts.queueExplanation(queue.get(), horizonDays.get()),
                queue, horizonDays);
        ObservableValue<String> progress = scan.flatMap(RunningTask::messageProperty);
        emptyState = Bindings.createObjectBinding(() -> ReviewPlaceholder.describe(texts, session, snapshot.get(),
                        scan.get() != null, progress.getValue()),
                session.currentProperty(), session.problemProperty(), snapshot, scan, progress);
        placeholderShown = Bindings.createBooleanBinding(() -> preview.get() != null ? preview.get().rowCount() == 0
                : ReviewPlaceholder.shown(snapshot.get()), snapshot, preview);
        queue.addListener((obs, old, now) -> refreshQueue());
        horizonDays.addListener((obs, old, now) -> refreshQueue());
        filter.addListener((obs, old, now) -> refreshQueue());
        snapshot.addListener((obs, old, now) -> showSnapshot(now));
        session.currentProperty().addListener((obs, old, now) -> {
            forget();
            openStored();
        });
        session.stateProperty(app.switchboard.ui.common.session.Api.FYNN).addListener((obs, old, now) -> refreshStored());
        changes.addOutcomeListener(this::showChange);
    }

    /** A feature asked for from elsewhere (Ctrl+K) before this view existed. */
    public void takeRequest() {
        catalogue.take();
    }

    /**
     * Shows {@code featureId} selected in the catalogue: at once when a scan is on screen, else once
     * the kept scan has been read or, without one, a scan started for it has finished.
     */
    public void showFeature(String featureId) {
        catalogue.want(featureId);
    }

    /** How the view shows a requested feature. */
    public void onFeatureShown(Consumer<FeatureUsage> shower) {
        catalogue.showWith(shower);
    }

    private void alsoSay(String text) {
        notice.set(notice.get() == null ? text : notice.get() + " " + text);
    }

    /**
     * The view is opened: it shows the current environment's last kept scan (read in the
     * background; its "as of" time says how old it is), then scans again to bring it up to date.
     * Switching environments does the same for the new one.
     */
    public void openStored() {
        Environment environment = session.current();
        if (environment == null || snapshot.get() != null || scope != null) {
            return;
        }
        ReviewQueue wantedQueue = queue.get();
        int wantedDays = horizonDays.get();
        String wantedText = filter.get();
        ScanPreview[] shownPreview = new ScanPreview[1];
        // the queues, counts and chart of a big scan are worked out with it, off the JavaFX thread;
        // its queue sizes and first rows show before, from the preview in front of its rows
        kept.read(environment, glance -> new Glance(glance, glance.queues(wantedQueue, ReviewQueries.days(wantedDays), clock.instant())),
                glance -> {
                    if (environment.equals(session.current()) && snapshot.get() == null && scope == null) {
                        shownPreview[0] = glance.preview();
                        preview.set(glance.preview());
                        if (queue.get() == wantedQueue && horizonDays.get() == wantedDays && filter.get().isBlank()) {
                            rows.setAll(glance.queues().rows());
                            queueSizes.set(glance.queues().sizes());
                        } else {
                            refreshQueue();
                        }
                    }
                },
                stored -> Picture.of(queries, stored, wantedQueue, wantedDays, wantedText), picture -> {
                    // a scan started meanwhile, or another environment, wins over the kept scan
                    if (environment.equals(session.current()) && snapshot.get() == null && scope == null) {
                        storedShown = true;
                        prepared = picture;
                        preview.set(null);
                        snapshot.set(picture.snapshot());
                        refreshStored();
                    }
                }, notice::set, () -> {
                    if (preview.get() != null && preview.get() == shownPreview[0]) {
                        // the rows could not be read, or a scan started meanwhile: what the preview showed goes
                        preview.set(null);
                        refreshQueue();
                        if (scope == null && notice.get() == null) {
                            notice.set(texts.get("review.stored.rowsUnreadable"));
                        }
                    }
                    catalogue.keptScanRead();
                });
    }

    /** A kept scan's preview with the queues worked out from it in the background. */
    private record Glance(ScanPreview preview, ReviewQueries.Queues queues) {
    }

    /** Scans again once connected when the view shows a kept scan that has not been refreshed yet. */
    private void refreshStored() {
        if (storedShown && scope == null && session.connection().isPresent()) {
            storedShown = false;
            scan();
        }
    }

    /** The selected rows as candidates for a bulk switch on or off ({@link QueueActions#bulkCandidates}). */
    public List<BulkCandidate> bulkCandidates(List<ReviewRow> selection) {
        return actions.bulkCandidates(selection);
    }

    /** A finished change to a scanned entitlement shows the status the server answered. */
    private void showChange(ChangeOutcome outcome) {
        ReviewSnapshot current = snapshot.get();
        ChangeTarget target = outcome.request().target();
        if (current == null || !outcome.succeeded() || outcome.after() == null || target.api() != Api.FYNN) {
            return;
        }
        SwitchState after = outcome.after();
        EntitlementStatus status = after.statusText() != null ? EntitlementStatus.of(after.statusText())
                : after.on() ? EntitlementStatus.ACTIVE : EntitlementStatus.DISABLED;
        snapshot.set(current.withRow(target.item(), row -> row.withStatus(status)));
    }

    /** Scans every subscription of the current environment; a scan already running is stopped first. */
    public void scan() {
        Optional<EnvironmentConnection> connection = session.connection();
        if (connection.isEmpty()) {
            notice.set(texts.get("review.scan.noConnection"));
            return;
        }
        cancelScan();
        Environment environment = connection.get().environment();
        // kept under the environment as configured (the Demo's connection names its sandbox's port)
        Environment configured = session.current();
        CallScope mine = new CallScope();
        scope = mine;
        notice.set(null);
        ReviewScanner scanner = new ReviewScanner(connection.get().fynn(), http.executor(), clock);
        RunningTask task = tasks.task(texts.get("review.scan.task", environment.name()), progress ->
                scanner.scan(mine, (done, total) -> progress.update(done, total, total == 0
                        ? texts.get("review.scan.listing") : texts.get("review.scan.progress", done, total))))
                .onSuccess(result -> finished(mine, () -> {
                    // said before the result is shown, which may add that a requested feature is missing
                    notice.set(result.complete() ? null
                            : texts.get("review.scan.failures", result.failures().size(),
                                    texts.messages().text(result.failures().get(0).reason())));
                    snapshot.set(result);
                    session.markRefreshed();
                    kept.keep(configured, result, notice::set);
                }))
                .onFailure(error -> finished(mine, () -> notice.set(texts.get("review.scan.failed",
                        environment.name(), ErrorText.reason(error, texts.messages())))))
                .onCancelled(() -> {
                    mine.cancel(); // the status bar's Cancel reaches the task, not the scope
                    finished(mine, () -> notice.set(texts.get("review.scan.cancelled")));
                })
                .start();
        // a same-thread runner has already finished the task here
        if (scope == mine) {
            scan.set(task);
        }
    }

    /** Stops a running scan; the last complete result stays on screen. */
    public void cancelScan() {
        CallScope running = scope;
        RunningTask task = scan.get();
        if (running != null) {
            running.cancel();
        }
        if (task != null) {
            task.cancel();
        }
    }

    /** Goes to Subscriptions with this row's subscription open. */
    public void openInSubscriptions(ReviewRow row) {
        navigator.open(FxmlView.SUBSCRIPTIONS, row.subscriptionId());
    }

    /** Writes {@code selection} as CSV; returns the number of rows written. */
    public int writeCsv(List<ReviewRow> selection, Writer out) {
        return ReviewCsv.write(selection, out);
    }

    /** Saves {@code selection} as a CSV file in the background and says so when done. */
    public void exportCsv(List<ReviewRow> selection, Path file) {
        actions.exportCsv(selection, file);
    }

    /** Queues, counts and chart computed again against the clock's now, without a new scan. */
    void refreshQueue() {
        ReviewSnapshot current = snapshot.get();
        if (current == null && preview.get() != null) {
            // while the kept rows are read: the sizes from the preview, and the first rows where it has
            // them (never filtered: the filter waits for the rows)
            ReviewQueries.Queues glance = preview.get().queues(queue.get(), ReviewQueries.days(horizonDays.get()), clock.instant());
            rows.setAll(filter.get().isBlank() ? glance.rows() : List.of());
            queueSizes.set(glance.sizes());
            return;
        }
        if (current == null) {
            rows.clear();
            queueSizes.set(Map.of());
            return;
        }
        Picture picture = prepared != null && prepared.fits(current, queue.get(), horizonDays.get(), filter.get())
                ? prepared : Picture.queues(queries, current, queue.get(), horizonDays.get(), filter.get());
        rows.setAll(picture.rows());
        queueSizes.set(picture.sizes());
    }

    /** Narrows the queue's table to rows containing this text; the queue sizes stay those of the whole queue. */
    public StringProperty filterProperty() {
        return filter;
    }

    private void showSnapshot(ReviewSnapshot current) {
        Picture ready = prepared != null && prepared.snapshot() == current ? prepared : null;
        statusCounts.set(current == null ? Map.of() : ready != null ? ready.counts() : queries.countsByStatus(current));
        weeks.setAll(current == null ? List.of() : ready != null ? ready.weeks() : queries.expirationsPerWeek(current));
        if (current == null) {
            catalogue.features().clear();
        } else {
            catalogue.show(ready != null ? ready.features() : queries.featureUsage(current));
        }
        refreshQueue();
        prepared = null;
    }

    private void finished(CallScope which, Runnable update) {
        if (scope != which) {
            return; // a newer scan or an environment switch made this one irrelevant
        }
        scope = null;
        scan.set(null);
        update.run();
    }

    private void forget() {
        storedShown = false;
        preview.set(null);
        catalogue.clear();
        cancelScan();
        scope = null;
        scan.set(null);
        snapshot.set(null);
        notice.set(null);
    }

    /** Called when the view is left for good. */
    public void dispose() {
        cancelScan();
    }

    public ReadOnlyObjectProperty<ReviewSnapshot> snapshotProperty() {
        return snapshot;
    }

    /**
     * Whether the queues show a kept scan's preview while its rows are read: the sizes are whole, the
     * table holds only the queue's first rows, and filtering, sorting, export and bulk changes wait.
     */
    public BooleanBinding readingProperty() {
        return reading;
    }

    public ReadOnlyObjectProperty<RunningTask> scanProperty() {
        return scan;
    }

    public BooleanBinding scanningProperty() {
        return scan.isNotNull();
    }

    public ObjectProperty<ReviewQueue> queueProperty() {
        return queue;
    }

    /** Horizon of the expiring and starting queues, in days. */
    public IntegerProperty horizonDaysProperty() {
        return horizonDays;
    }

    /** The selected queue's entitlements, most urgent first. */
    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Map<ReviewQueue, Integer>> queueSizesProperty() {
        return queueSizes;
    }

    public ReadOnlyObjectProperty<Map<EntitlementStatus, Long>> statusCountsProperty() {
        return statusCounts;
    }

    public ObservableList<WeekBucket> weeks() {
        return weeks;
    }

    public ObservableList<FeatureUsage> features() {
        return catalogue.features();
    }

    /** What the operator should know right now (a finished export, a failed scan); null when nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public StringBinding asOfProperty() {
        return asOf;
    }

    public StringBinding queueExplanationProperty() {
        return queueExplanation;
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }

    /** Whether the placeholder stands where the queues would be: nothing scanned yet, or nothing found. */
    public BooleanBinding placeholderShownProperty() {
        return placeholderShown;
    }

    ReviewTexts texts() {
        return texts;
    }
}
