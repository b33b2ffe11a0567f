package app.switchboard.ops;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestException;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.text.Words;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running console as one of the claimants of scheduled change requests: every so often, and
 * whenever the team database announces a change, it claims the approved requests that are due in
 * the environment it is connected to (the same {@code SKIP LOCKED} claim as {@code requests
 * run-due}, so each goes to exactly one claimant) and applies them through the change engine on a
 * thread of its own. What it applied, and why it could not, is reported in words.
 */
public final class DueRequests implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DueRequests.class);

    private final Supplier<Optional<ChangeRequests>> store;
    private final Supplier<Optional<Environment>> connected;
    private final Function<ChangeRequests, RequestApplier> appliers;
    private final Duration every;
    private final Consumer<Words> report;
    private final ScheduledExecutorService thread;
    private final AtomicInteger applied = new AtomicInteger();
    private AutoCloseable watching;
    private Words lastProblem;

    /**
     * @param store     the team database's requests as they are now (none while it is not connected)
     * @param connected the environment this console's API connection reaches now
     * @param appliers  an applier over a store, writing through this console's change engine
     * @param every     how often to look without being told
     * @param report    told what was applied or why nothing could be claimed; called on this object's thread
     */
    public DueRequests(Supplier<Optional<ChangeRequests>> store, Supplier<Optional<Environment>> connected,
                       Function<ChangeRequests, RequestApplier> appliers, Duration every, Consumer<Words> report) {
        this.store = Objects.requireNonNull(store, "store");
        this.connected = Objects.requireNonNull(connected, "connected");
        this.appliers = Objects.requireNonNull(appliers, "appliers");
        this.every = Objects.requireNonNull(every, "every");
        this.report = Objects.requireNonNull(report, "report");
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "switchboard-due-requests");
            t.setDaemon(true);
            return t;
        });
    }

    /** Looks now and then every {@code every}; one thread, so this console never runs two sweeps at once. */
    public void start() {
        thread.scheduleWithFixedDelay(this::sweep, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Looks again soon, e.g. because the team database announced a change. */
    public void poke() {
        if (!thread.isShutdown()) {
            thread.execute(this::sweep);
        }
    }

    /** Whether it hears the team database's announcements (it looks on its timer either way). */
    public synchronized boolean listening() {
        return watching != null;
    }

    /** How many requests this console has applied since it started. */
    public int appliedCount() {
        return applied.get();
    }

    private void sweep() {
        Optional<ChangeRequests> requests = store.get();
        Optional<Environment> environment = connected.get();
        if (requests.isEmpty()) {
            stopListening();
            return;
        }
        listen(requests.get());
        if (environment.isEmpty() || environment.get().approval() == ApprovalRule.NONE) {
            return;
        }
        try {
            List<RequestApplier.Applied> done = appliers.apply(requests.get()).runDue(environment.get().name());
            lastProblem = null;
            done.forEach(this::tell);
        } catch (RequestException e) {
            problem(Words.of("ops.approval.dueProblem", e.words()));
        } catch (RuntimeException e) {
            LOG.warn("Claiming due change requests failed", e);
            problem(Words.of("ops.approval.dueProblem", Words.verbatim(String.valueOf(e.getMessage()))));
        }
    }

    private void tell(RequestApplier.Applied done) {
        applied.incrementAndGet();
        if (done.unrecorded() != null || done.request() == null) {
            report.accept(Words.of("ops.approval.dueUnrecorded", done.id(), done.unrecorded()));
            return;
        }
        long changed = done.outcomes().stream().filter(ChangeOutcome::succeeded).count();
        report.accept(Words.of("ops.approval.dueApplied", done.id(), changed, done.outcomes().size(),
                Words.of(done.request().state().wordsKey())));
    }

    /** The same problem is said once, not on every tick while the database is away. */
    private void problem(Words why) {
        if (!why.equals(lastProblem)) {
            lastProblem = why;
            report.accept(why);
        }
    }

    private synchronized void listen(ChangeRequests requests) {
        if (watching != null) {
            return;
        }
        try {
            watching = requests.watch(this::poke);
        } catch (RequestException e) {
            LOG.debug("Not listening for change requests yet: {}", e.getMessage());
        }
    }

    private synchronized void stopListening() {
        if (watching != null) {
            closeQuietly(watching);
            watching = null;
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("Stopping the change-request listener failed", e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        stopListening();
    }
}
