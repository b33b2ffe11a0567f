package app.switchboard.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * A running batch: at most {@code maxInFlight} changes are with the servers at any time; each
 * finished change starts the next one. {@link #cancel()} stops new changes and lets those in
 * flight finish; the result then lists both.
 */
public final class BulkRun {
    private static final Logger LOG = LoggerFactory.getLogger(BulkRun.class);

    private final String batch;
    private final List<ChangeRequest> changes;
    private final BiFunction<ChangeRequest, String, ChangeOutcome> write;
    private final Executor executor;
    private final int maxInFlight;
    private final BulkListener listener;
    private final AtomicReferenceArray<BulkItemResult> results;
    private final AtomicInteger next = new AtomicInteger();
    /* counts running changes plus any thread busy starting one, so completion is never declared early */
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicBoolean completed = new AtomicBoolean();
    private final CompletableFuture<BulkResult> result = new CompletableFuture<>();
    private final List<Consumer<BulkResult>> onComplete = new ArrayList<>();
    private volatile boolean cancelled;
    private volatile boolean confirmed = true;
    private volatile String reason;

    BulkRun(String batch, List<ChangeRequest> changes, BiFunction<ChangeRequest, String, ChangeOutcome> write,
            Executor executor, int maxInFlight, BulkListener listener) {
        this.batch = batch;
        this.changes = List.copyOf(changes);
        this.write = write;
        this.executor = executor;
        this.maxInFlight = maxInFlight;
        this.listener = listener;
        this.results = new AtomicReferenceArray<>(this.changes.size());
    }

    public String batch() {
        return batch;
    }

    public int total() {
        return changes.size();
    }

    /** Stops starting new changes; those already sent finish and are reported. */
    public void cancel() {
        cancelled = true;
        completeIfDone();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Completes when the last change in flight has finished (or at once, if the batch was not confirmed). */
    public CompletableFuture<BulkResult> result() {
        return result;
    }

    void whenComplete(Consumer<BulkResult> action) {
        onComplete.add(action);
    }

    void notConfirmed() {
        confirmed = false;
        cancelled = true;
        completeIfDone();
    }

    /** Starts the first changes; {@code reason} is the operator's reason for the whole batch. */
    void begin(String batchReason) {
        reason = batchReason;
        busy.incrementAndGet();
        try {
            for (int i = 0; i < maxInFlight; i++) {
                startNext();
            }
        } finally {
            busy.decrementAndGet();
        }
        completeIfDone();
    }

    private void startNext() {
        busy.incrementAndGet();
        int index = cancelled ? changes.size() : next.getAndIncrement();
        if (index >= changes.size()) {
            busy.decrementAndGet();
            return;
        }
        try {
            executor.execute(() -> runChange(index));
        } catch (RejectedExecutionException e) {
            LOG.warn("Bulk change {} could not be started", index, e);
            results.set(index, BulkItemResult.notStarted(changes.get(index)));
            busy.decrementAndGet();
        }
    }

    private void runChange(int index) {
        ChangeRequest change = changes.get(index);
        BulkItemResult item;
        try {
            item = BulkItemResult.of(write.apply(change, reason));
        } catch (RuntimeException e) {
            LOG.error("Bulk change failed unexpectedly: {}", change.target().displayName(), e);
            item = new BulkItemResult(change, BulkItemResult.Status.FAILED, null);
        }
        results.set(index, item);
        try {
            listener.itemFinished(item, finished.incrementAndGet(), changes.size());
        } catch (RuntimeException e) {
            LOG.warn("A bulk progress listener failed", e);
        }
        startNext();
        busy.decrementAndGet();
        completeIfDone();
    }

    private void completeIfDone() {
        boolean allClaimed = cancelled || next.get() >= changes.size();
        if (busy.get() != 0 || !allClaimed || !completed.compareAndSet(false, true)) {
            return;
        }
        List<BulkItemResult> items = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            BulkItemResult item = results.get(i);
            items.add(item == null ? BulkItemResult.notStarted(changes.get(i)) : item);
        }
        BulkResult done = new BulkResult(batch, confirmed, confirmed && cancelled, items);
        try {
            onComplete.forEach(action -> action.accept(done));
            listener.runFinished(done);
        } catch (RuntimeException e) {
            LOG.warn("A bulk completion listener failed", e);
        } finally {
            result.complete(done);
        }
    }
}
