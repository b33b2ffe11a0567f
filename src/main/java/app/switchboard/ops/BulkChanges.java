package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.credentials.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Bulk changes: preview, one confirmation for the batch, bounded concurrent execution with
 * progress and cancel, a result table, retry and undo. Each change takes the engine's path after
 * confirmation (read-only check, stale-write check, call, activity entry). The stale-write check
 * reads each entity or subscription once per batch, just before its first write, and checks the
 * batch's other items on it against that reading ({@link BatchReadings} says what that trades).
 */
public final class BulkChanges {
    private static final Logger LOG = LoggerFactory.getLogger(BulkChanges.class);
    public static final int DEFAULT_IN_FLIGHT = 8;

    private final ChangeEngine engine;
    private final Executor executor;
    private final int maxInFlight;

    public BulkChanges(ChangeEngine engine, Executor executor) {
        this(engine, executor, DEFAULT_IN_FLIGHT);
    }

    public BulkChanges(ChangeEngine engine, Executor executor, int maxInFlight) {
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
        this.engine = Objects.requireNonNull(engine, "engine");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.maxInFlight = maxInFlight;
    }

    /** Sorts the candidates into will change / already in that state / not eligible. Sends nothing. */
    public BulkPreview preview(List<BulkCandidate> candidates, boolean desiredOn) {
        List<ChangeRequest> willChange = new ArrayList<>();
        List<BulkPreview.Skipped> already = new ArrayList<>();
        List<BulkPreview.Skipped> notEligible = new ArrayList<>();
        for (BulkCandidate c : candidates) {
            ChangeTarget t = c.target();
            var readOnly = engine.readOnlyApis().readOnlyReason(t.environment().name(), t.api());
            if (c.notEligibleReason() != null) {
                notEligible.add(new BulkPreview.Skipped(t, Words.verbatim(c.notEligibleReason())));
            } else if (readOnly.isPresent()) {
                notEligible.add(new BulkPreview.Skipped(t, readOnly.get()));
            } else if (Boolean.valueOf(desiredOn).equals(c.currentOn())) {
                already.add(new BulkPreview.Skipped(t, Words.of("ops.bulk.already", t.stateWords(desiredOn))));
            } else {
                willChange.add(ChangeRequest.set(t, c.currentOn(), desiredOn));
            }
        }
        return new BulkPreview(willChange, already, notEligible);
    }

    /**
     * Asks once for the whole batch, then runs it on the executor. Returns at once; follow it with
     * the listener or {@link BulkRun#result()}. The successful changes become one Undo step.
     */
    public BulkRun start(BulkPreview preview, BulkListener listener) {
        String batch = UUID.randomUUID().toString();
        List<ChangeRequest> changes = preview.willChange();
        boolean undoing = !changes.isEmpty() && changes.stream().allMatch(ChangeRequest::isUndo);
        BatchReadings readings = engine.batchReadings();
        Environment env = preview.environment();
        boolean needsApproval = changes.stream().anyMatch(c -> engine.approvals().covers(env, c.desiredOn()));
        // in an approval environment the whole batch becomes one request; each item then says so, unsent
        AtomicReference<Words> requested = new AtomicReference<>();
        BulkRun run = new BulkRun(batch, changes,
                (change, reason) -> needsApproval ? engine.recordStopped(change, requested.get(), reason, batch)
                        : engine.write(change, reason, batch, readings::currentOf, false),
                executor, maxInFlight, listener);
        run.whenComplete(result -> rememberForUndo(result, undoing));
        if (changes.isEmpty()) {
            run.begin(null);
            return run;
        }
        ConfirmationRequest question = new ConfirmationRequest(env.name(), env.colour(), env.risk(),
                changes.get(0).target().api(), changes.stream().map(c -> c.target().name()).toList(),
                null, changes.get(0).desiredOn(), changes.stream().anyMatch(ChangeRequest::isDangerous),
                needsApproval || engine.policy().reasonRequired(env), false, preview.counts(), needsApproval);
        var unavailable = needsApproval ? engine.approvals().unavailable(env) : java.util.Optional.<Words>empty();
        if (unavailable.isPresent()) {
            changes.forEach(change -> engine.recordStopped(change, unavailable.get(), null, batch));
            run.notConfirmed();
            return run;
        }
        engine.askLater(question).thenAcceptAsync(answer -> {
            var refusal = engine.refusalOf(answer, env, needsApproval);
            if (refusal.isPresent()) {
                changes.forEach(change -> engine.recordStopped(change, refusal.get(), answer.reason(), batch));
                run.notConfirmed();
                return;
            }
            if (needsApproval) {
                requested.set(engine.approvals().submit(changes, answer.reason(), answer.applyAt()));
            }
            run.begin(answer.reason());
        }, executor).whenComplete((ignored, error) -> {
            if (error != null) {
                // the executor refused the work (shutting down): nothing was sent, say so instead of hanging
                LOG.warn("Bulk run {} could not start", batch, error);
                run.notConfirmed();
            }
        });
        return run;
    }

    /** Undoes a batch step of the session's undo stack as a new batch, through the same confirmation. */
    public BulkRun undo(UndoStack.Step step, BulkListener listener) {
        return start(step.asPreview(), listener);
    }

    private void rememberForUndo(BulkResult result, boolean undoing) {
        if (undoing) {
            result.items().stream().filter(i -> i.status() == BulkItemResult.Status.SUCCEEDED)
                    .forEach(i -> engine.undoStack().forgetUndoOf(i.request().undoOf()));
        } else if (!result.undoRequests().isEmpty()) {
            engine.undoStack().push(new UndoStack.Step(Words.of("ops.undo.batch", result.succeeded()),
                    result.undoRequests()));
        }
    }
}
