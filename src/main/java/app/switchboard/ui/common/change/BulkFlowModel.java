package app.switchboard.ui.common.change;

import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.BulkItemResult;
import app.switchboard.ops.BulkListener;
import app.switchboard.ops.BulkPreview;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.BulkRun;
import app.switchboard.ops.ChangeRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of one bulk flow, without any window: preview → one confirmation (the engine asks
 * through the {@link FxConfirmer}) → progress with cancel → results → retry the failed ones.
 * Progress arrives from worker threads and is applied on the JavaFX thread. Each finished change
 * is also published to the {@link ChangeRunner}'s listeners, so open views update their rows.
 */
public final class BulkFlowModel {

    public enum Phase { PREVIEW, RUNNING, RESULTS, NOT_CONFIRMED }

    private final BulkChanges bulk;
    private final ChangeRunner changes;
    private final Executor fx;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.PREVIEW);
    private final ObservableList<BulkRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper finished = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ObjectProperty<BulkResult> result = new SimpleObjectProperty<>();
    private final boolean desiredOn;
    private BulkPreview preview;
    private BulkRun run;
    private CompletableFuture<BulkResult> done = new CompletableFuture<>();

    /** @param fx where progress is applied: the JavaFX thread ({@link FxThread#executor()}) */
    public BulkFlowModel(BulkChanges bulk, ChangeRunner changes, Executor fx, List<BulkCandidate> candidates,
                         boolean desiredOn) {
        this(bulk, changes, fx, bulk.preview(candidates, desiredOn), desiredOn);
    }

    /** A flow over known changes, such as undoing a batch. */
    BulkFlowModel(BulkChanges bulk, ChangeRunner changes, Executor fx, BulkPreview preview, boolean desiredOn) {
        this.bulk = bulk;
        this.changes = changes;
        this.fx = fx;
        this.desiredOn = desiredOn;
        showPreview(preview);
    }

    public boolean desiredOn() {
        return desiredOn;
    }

    public BulkPreview preview() {
        return preview;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObservableList<BulkRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyIntegerProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** The last run's result table; null until a run has finished. */
    public ReadOnlyObjectProperty<BulkResult> resultProperty() {
        return result;
    }

    /** Completes when the current run has finished (or was not confirmed). */
    public CompletableFuture<BulkResult> done() {
        return done;
    }

    /** Asks once for the batch, then runs it. Call on the JavaFX thread. */
    public void start() {
        if (preview.isEmpty() || phase.get() == Phase.RUNNING) {
            return;
        }
        List<ChangeRequest> changing = preview.willChange();
        Map<ChangeRequest, Integer> index = new HashMap<>();
        List<BulkRow> waiting = new ArrayList<>();
        for (ChangeRequest change : changing) {
            index.put(change, waiting.size());
            waiting.add(new BulkRow(change.target(), BulkRow.State.WAITING, ""));
        }
        done = new CompletableFuture<>();
        finished.set(0);
        total.set(changing.size());
        phase.set(Phase.RUNNING);
        rows.setAll(waiting);
        ProgressBatches progress = new ProgressBatches(index);
        run = bulk.start(preview, new BulkListener() {
            @Override
            public void itemFinished(BulkItemResult item, int count, int all) {
                progress.add(item);
            }

            @Override
            public void runFinished(BulkResult finishedRun) {
                fx.execute(() -> {
                    progress.apply();
                    showResult(finishedRun);
                });
            }
        });
    }

    /**
     * Finished changes on their way to the JavaFX thread. Eight workers finish hundreds of changes a
     * second; one task per change would queue up ahead of the pulses, so at most one task is waiting
     * at a time, at most one runs per {@link #UPDATE_INTERVAL_NANOS}, and it applies every change
     * finished until it runs.
     */
    private final class ProgressBatches {
        /** Each update lays out and repaints the table; a few a second keep the counts live. */
        private static final long UPDATE_INTERVAL_NANOS = 100_000_000;

        private final Map<ChangeRequest, Integer> index;
        private final ConcurrentLinkedQueue<BulkItemResult> arrived = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();
        private volatile long lastApplied = System.nanoTime() - UPDATE_INTERVAL_NANOS;

        ProgressBatches(Map<ChangeRequest, Integer> index) {
            this.index = index;
        }

        /** On a worker thread. */
        void add(BulkItemResult item) {
            arrived.add(item);
            if (scheduled.compareAndSet(false, true)) {
                long wait = lastApplied + UPDATE_INTERVAL_NANOS - System.nanoTime();
                (wait > 0 ? CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, fx) : fx).execute(this::apply);
            }
        }

        /** On the JavaFX thread. */
        void apply() {
            scheduled.set(false);
            lastApplied = System.nanoTime();
            int applied = 0;
            for (BulkItemResult item = arrived.poll(); item != null; item = arrived.poll()) {
                applied++;
                Integer at = index.get(item.request());
                if (at != null && at < rows.size()) {
                    rows.set(at, rowOf(item));
                }
                if (item.outcome() != null) {
                    changes.publish(item.outcome());
                }
            }
            if (applied > 0) {
                finished.set(finished.get() + applied);
            }
        }
    }

    /** Stops starting new changes; those in flight finish and are reported. */
    public void cancel() {
        if (run != null) {
            run.cancel();
        }
    }

    /** Runs the failed changes again as a new batch, through one new confirmation. */
    public void retryFailed() {
        BulkResult last = result.get();
        if (last == null || last.failed() == 0) {
            return;
        }
        preview = last.retryFailed();
        start();
    }

    /** Puts back what the last run changed, as a new batch through one new confirmation. */
    public void undoRun() {
        BulkResult last = result.get();
        if (last == null || last.undoRequests().isEmpty() || phase.get() == Phase.RUNNING) {
            return;
        }
        preview = BulkPreview.of(last.undoRequests());
        start();
    }

    private void showPreview(BulkPreview shown) {
        preview = shown;
        List<BulkRow> lines = new ArrayList<>();
        shown.willChange().forEach(c -> lines.add(new BulkRow(c.target(), BulkRow.State.WILL_CHANGE, "")));
        shown.alreadyInState().forEach(s -> lines.add(new BulkRow(s.target(), BulkRow.State.ALREADY, changes.messages().text(s.reason()))));
        shown.notEligible().forEach(s -> lines.add(new BulkRow(s.target(), BulkRow.State.NOT_ELIGIBLE, changes.messages().text(s.reason()))));
        rows.setAll(lines);
    }

    private void showResult(BulkResult finishedRun) {
        result.set(finishedRun);
        if (!finishedRun.confirmed()) {
            showPreview(preview);
            phase.set(Phase.NOT_CONFIRMED);
        } else {
            List<BulkRow> finishedRows = finishedRun.items().stream().map(this::rowOf).toList();
            // the rows usually show every result already; replacing all of them would rebuild the table
            if (!rows.equals(finishedRows)) {
                rows.setAll(finishedRows);
            }
            phase.set(Phase.RESULTS);
        }
        done.complete(finishedRun);
    }

    private BulkRow rowOf(BulkItemResult item) {
        BulkRow.State state = switch (item.status()) {
            case SUCCEEDED -> BulkRow.State.SUCCEEDED;
            case REFUSED -> BulkRow.State.REFUSED;
            case FAILED -> BulkRow.State.FAILED;
            case STALE -> BulkRow.State.STALE;
            case NOT_STARTED -> BulkRow.State.NOT_STARTED;
            case NOT_APPLIED -> BulkRow.State.NOT_APPLIED;
            case AWAITING_APPROVAL -> BulkRow.State.AWAITING_APPROVAL;
        };
        return new BulkRow(item.request().target(), state,
                state == BulkRow.State.SUCCEEDED ? "" : changes.messages().text(item.words()));
    }
}
