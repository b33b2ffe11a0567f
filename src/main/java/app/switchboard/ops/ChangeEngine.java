package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.text.Words;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

/**
 * The one path every change takes, from the GUI and the command line alike: read-only check,
 * policy, confirmation, stale-write check, the call, the activity entry (on disk before the
 * outcome is returned), and the Undo step. Methods block on the network and on the confirmer:
 * call them from a background thread.
 */
public final class ChangeEngine {
    private final Map<Api, SwitchGateway> gateways = new EnumMap<>(Api.class);
    private final ConfirmationPolicy policy;
    private final Confirmer confirmer;
    private final ReadOnlyApis readOnly;
    private final UndoStack undoStack;
    private final ActivityRecorder recorder;
    private final Clock clock;
    private final ApprovalGate approvals;

    /** An engine without a team database: changes that need approval are refused. */
    public ChangeEngine(Collection<SwitchGateway> gateways, ConfirmationPolicy policy, Confirmer confirmer,
                        ActivityLog log, ReadOnlyApis readOnly, UndoStack undoStack, Clock clock, String user) {
        this(gateways, policy, confirmer, log, readOnly, undoStack, clock, user, ApprovalGate.withoutTeamDatabase());
    }

    public ChangeEngine(Collection<SwitchGateway> gateways, ConfirmationPolicy policy, Confirmer confirmer,
                        ActivityLog log, ReadOnlyApis readOnly, UndoStack undoStack, Clock clock, String user,
                        ApprovalGate approvals) {
        this.approvals = Objects.requireNonNull(approvals, "approvals");
        gateways.forEach(g -> this.gateways.put(g.api(), g));
        this.policy = Objects.requireNonNull(policy, "policy");
        this.confirmer = Objects.requireNonNull(confirmer, "confirmer");
        this.readOnly = Objects.requireNonNull(readOnly, "readOnly");
        this.undoStack = Objects.requireNonNull(undoStack, "undoStack");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.recorder = new ActivityRecorder(Objects.requireNonNull(log, "log"), clock, user);
    }

    /** Flips one switch, asking first when the policy says so. */
    public ChangeOutcome change(ChangeRequest request) {
        Environment env = request.target().environment();
        Optional<ChangeOutcome> blocked = refusedIfReadOnly(request, null, null);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (approvals.covers(env, request.desiredOn())) {
            return requestApproval(request);
        }
        String reason = null;
        if (policy.needsConfirmation(env, request.isDangerous())) {
            ConfirmationAnswer answer = ask(new ConfirmationRequest(env.name(), env.colour(), env.risk(),
                    request.target().api(), List.of(request.target().name()), request.seenOn(),
                    request.desiredOn(), request.isDangerous(), policy.reasonRequired(env),
                    policy.mayOfferDontAskAgain(env), null));
            Optional<Words> refusal = refusalOf(answer, env);
            if (refusal.isPresent()) {
                return recordStopped(request, refusal.get(), answer.reason(), null);
            }
            if (answer.dontAskAgain()) {
                policy.dontAskAgain(env);
            }
            reason = answer.reason();
        }
        return write(request, reason, null, GatewayCall.CurrentState.FRESH_READ, true);
    }

    /**
     * The environment needs a second person for this change: with a reason confirmed, it becomes a
     * change request and nothing is sent. The entry says so, and the outcome is "not changed".
     */
    private ChangeOutcome requestApproval(ChangeRequest request) {
        Environment env = request.target().environment();
        Optional<Words> unavailable = approvals.unavailable(env);
        if (unavailable.isPresent()) {
            return recordStopped(request, unavailable.get(), null, null);
        }
        ConfirmationAnswer answer = ask(new ConfirmationRequest(env.name(), env.colour(), env.risk(),
                request.target().api(), List.of(request.target().name()), request.seenOn(),
                request.desiredOn(), request.isDangerous(), true, false, null, true));
        Optional<Words> refusal = refusalOf(answer, env, true);
        if (refusal.isPresent()) {
            return recordStopped(request, refusal.get(), answer.reason(), null);
        }
        return recordStopped(request, approvals.submit(List.of(request), answer.reason(), answer.applyAt()),
                answer.reason(), null);
    }

    /** The switch's state as the server has it now, for resuming a change request. */
    SwitchState readCurrent(ChangeTarget target) throws SwitchFailure {
        return gateway(ChangeRequest.set(target, null, true)).readCurrent(target);
    }

    public ApprovalGate approvals() {
        return approvals;
    }

    /** {@link #change} on the executor, for a view model that must not block its thread. */
    public CompletableFuture<ChangeOutcome> changeLater(ChangeRequest request, Executor executor) {
        return CompletableFuture.supplyAsync(() -> change(request), executor);
    }

    /** The operator saw the stale-write warning and chose to write anyway; the confirmation stands. */
    public ChangeOutcome proceed(StaleWrite stale) {
        return write(stale.request().seeing(stale.nowOn()), stale.reason(), stale.batch(), null,
                stale.batch() == null);
    }

    /** Undoes one step of this session (a single change); on failure the step stays undoable. */
    public ChangeOutcome undo(UndoStack.Step step) {
        if (step.isBatch()) {
            throw new IllegalArgumentException("A batch is undone through BulkChanges");
        }
        ChangeOutcome outcome = change(step.inverses().get(0));
        if (!outcome.succeeded()) {
            undoStack.push(step);
        }
        return outcome;
    }

    /** Undoes a change picked from the activity history, through the same policy. */
    public ChangeOutcome undo(ActivityEntry entry, Environment environment) {
        return change(undoRequestFor(entry, environment));
    }

    public static ChangeRequest undoRequestFor(ActivityEntry entry, Environment environment) {
        if (!entry.isUndoable()) {
            throw new IllegalArgumentException("Only a change that succeeded and changed something can be undone");
        }
        if (!entry.madeIn(environment.id(), environment.name())) {
            throw new IllegalArgumentException("The entry belongs to " + entry.environment()
                    + (entry.environmentId() == null ? "" : " (id " + entry.environmentId() + ")")
                    + ", not " + environment.name() + " (id " + environment.id() + ")");
        }
        ChangeTarget target = new ChangeTarget(environment, entry.api(), entry.targetId(), entry.item(), entry.targetName(),
                entry.targetWords());
        return new ChangeRequest(target, entry.after(), entry.before(), entry.id());
    }

    public ConfirmationPolicy policy() {
        return policy;
    }

    public ReadOnlyApis readOnlyApis() {
        return readOnly;
    }

    public UndoStack undoStack() {
        return undoStack;
    }

    /** A fresh stale-write check for one bulk run: each target read once, shortly before its first write. */
    BatchReadings batchReadings() {
        return new BatchReadings(clock);
    }

    ConfirmationAnswer ask(ConfirmationRequest request) {
        return askLater(request).toCompletableFuture().join();
    }

    /** The operator's answer; a dialog that fails or is dismissed counts as a cancel. */
    CompletionStage<ConfirmationAnswer> askLater(ConfirmationRequest request) {
        CompletionStage<ConfirmationAnswer> pending;
        try {
            pending = confirmer.confirm(request);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(ConfirmationAnswer.cancelled());
        }
        return pending.handle((answer, error) -> answer == null || error != null ? ConfirmationAnswer.cancelled() : answer);
    }

    /** Why a confirmation does not allow going ahead, if it does not. */
    Optional<Words> refusalOf(ConfirmationAnswer answer, Environment env) {
        return refusalOf(answer, env, false);
    }

    /** @param forApproval a change request always needs a reason, whatever the environment's own rule */
    Optional<Words> refusalOf(ConfirmationAnswer answer, Environment env, boolean forApproval) {
        if (!answer.confirmed()) {
            return Optional.of(Words.of("ops.change.cancelledAtConfirmation"));
        }
        if ((forApproval || policy.reasonRequired(env)) && !answer.hasReason()) {
            return Optional.of(Words.of("ops.change.reasonRequired", env.name()));
        }
        return Optional.empty();
    }

    /** Records a change the operator stopped before anything was sent. */
    ChangeOutcome recordStopped(ChangeRequest request, Words why, String reason, String batch) {
        return recorder.record(ChangeOutcome.stopped(request, why, reason, batch));
    }

    Optional<ChangeOutcome> refusedIfReadOnly(ChangeRequest request, String reason, String batch) {
        ChangeTarget t = request.target();
        return readOnly.readOnlyReason(t.environment().name(), t.api()).map(why -> recorder.record(
                ChangeOutcome.unsuccessful(ChangeOutcome.Kind.REFUSED, request, request.seenOn(), null,
                        why, reason, true, 0, null, batch)));
    }

    /**
     * The part after confirmation: stale-write check, the call, the entry, the Undo step.
     *
     * @param current where the stale-write check reads the switch's state: a fresh read for a single
     *                change, the batch's {@link BatchReadings} in a bulk run, null for no check
     */
    ChangeOutcome write(ChangeRequest request, String reason, String batch, GatewayCall.CurrentState current,
                        boolean remember) {
        Optional<ChangeOutcome> blocked = refusedIfReadOnly(request, reason, batch);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        ChangeOutcome outcome = recorder.record(new GatewayCall(gateway(request), request, reason, batch)
                .run(current, this::markReadOnly));
        if (remember && request.undoOf() == null) {
            outcome.undoRequest().ifPresent(inverse -> undoStack.push(new UndoStack.Step(
                    Words.of("ops.undo.one", request.target().name(), request.target().stateWords(outcome.before()),
                            request.target().stateWords(request.desiredOn())), List.of(inverse))));
        }
        if (outcome.succeeded() && request.undoOf() != null) {
            undoStack.forgetUndoOf(request.undoOf());
        }
        return outcome;
    }

    private void markReadOnly(ChangeOutcome forbidden) {
        ChangeTarget t = forbidden.request().target();
        readOnly.markReadOnly(t.environment().name(), t.api(), Words.of("ops.change.readOnly",
                t.api().displayName(), t.environment().name(), forbidden.words()));
    }

    private SwitchGateway gateway(ChangeRequest request) {
        SwitchGateway gateway = gateways.get(request.target().api());
        if (gateway == null) {
            throw new IllegalStateException("No gateway for " + request.target().api().displayName());
        }
        return gateway;
    }
}
