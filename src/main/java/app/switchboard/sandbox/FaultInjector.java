package app.switchboard.sandbox;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * The live fault settings of a running sandbox, the decision per request, and counters of what
 * was injected, for reports. Changing the settings takes effect with the next request.
 */
public final class FaultInjector {
    /** What happens to one API request: an added delay and at most one fault. */
    record Decision(long delayMs, FaultKind fault) {
    }

    private final AtomicReference<FaultSettings> settings;
    private final Map<FaultKind, AtomicLong> injected = new EnumMap<>(FaultKind.class);
    private final AtomicLong apiRequests = new AtomicLong();
    private final AtomicLong delayedRequests = new AtomicLong();
    private final AtomicLong editorChanges = new AtomicLong();
    private final AtomicLong writesAccepted = new AtomicLong();
    private final ConcurrentEditor editor;
    private final ScheduledExecutorService scheduler;
    private ScheduledFuture<?> periodicEdits;

    FaultInjector(FaultSettings initial, ConcurrentEditor editor, ScheduledExecutorService scheduler) {
        this.settings = new AtomicReference<>(Objects.requireNonNull(initial));
        this.editor = editor;
        this.scheduler = scheduler;
        for (FaultKind kind : FaultKind.values()) {
            injected.put(kind, new AtomicLong());
        }
        reschedule(initial);
    }

    public FaultSettings settings() {
        return settings.get();
    }

    public void set(FaultSettings next) {
        FaultSettings previous = settings.getAndSet(Objects.requireNonNull(next));
        if (previous.editorIntervalMs() != next.editorIntervalMs() || previous.editorBatch() != next.editorBatch()) {
            reschedule(next);
        }
    }

    public FaultSettings update(UnaryOperator<FaultSettings> change) {
        FaultSettings next = change.apply(settings.get());
        set(next);
        return next;
    }

    /** Lets the "concurrent editor" change {@code count} random entitlements and entity features now. */
    public List<ConcurrentEditor.Change> editNow(int count) {
        List<ConcurrentEditor.Change> changes = editor.edit(count);
        editorChanges.addAndGet(changes.size());
        return changes;
    }

    /** API writes (DER feature changes, Fynn status changes and additions) the sandbox answered with success. */
    public long writesAccepted() {
        return writesAccepted.get();
    }

    void countWrite() {
        writesAccepted.incrementAndGet();
    }

    public long injected(FaultKind kind) {
        return injected.get(kind).get();
    }

    /** Every counter by name: API requests seen, delayed, each fault kind, editor changes. */
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("apiRequests", apiRequests.get());
        counters.put("delayed", delayedRequests.get());
        injected.forEach((kind, count) -> counters.put(kind.name(), count.get()));
        counters.put("editorChanges", editorChanges.get());
        counters.put("writesAccepted", writesAccepted.get());
        return counters;
    }

    public void resetCounters() {
        apiRequests.set(0);
        delayedRequests.set(0);
        editorChanges.set(0);
        writesAccepted.set(0);
        injected.values().forEach(c -> c.set(0));
    }

    Decision decide() {
        FaultSettings now = settings.get();
        apiRequests.incrementAndGet();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long delay = now.latencyMs() + (now.jitterMs() > 0 ? random.nextLong(now.jitterMs() + 1) : 0);
        if (delay > 0) {
            delayedRequests.incrementAndGet();
        }
        FaultKind fault = now.pick(random.nextDouble());
        if (fault != null) {
            injected.get(fault).incrementAndGet();
        }
        return new Decision(delay, fault);
    }

    synchronized void stop() {
        if (periodicEdits != null) {
            periodicEdits.cancel(false);
            periodicEdits = null;
        }
    }

    private synchronized void reschedule(FaultSettings next) {
        stop();
        if (next.editorIntervalMs() > 0 && next.editorBatch() > 0) {
            periodicEdits = scheduler.scheduleWithFixedDelay(() -> editNow(next.editorBatch()),
                    next.editorIntervalMs(), next.editorIntervalMs(), TimeUnit.MILLISECONDS);
        }
    }
}
