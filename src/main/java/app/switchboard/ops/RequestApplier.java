package app.switchboard.ops;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.ItemOutcome;
import app.switchboard.approvals.RequestException;
import app.switchboard.approvals.RequestItem;
import app.switchboard.credentials.Environment;
import app.switchboard.text.Words;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies approved change requests through the change engine: each item is re-read just before its
 * write (the stale-write check at apply time), written, and recorded in the activity log with the
 * request's id as its batch, so the log links every outcome to its request. Blocks on the network.
 */
public final class RequestApplier {
    /** The approver's choice when an item changed since it was requested. */
    @FunctionalInterface
    public interface StaleChoice {
        /** True to write anyway, false to leave that item as it is now. */
        boolean writeAnyway(StaleWrite stale);

        /** A scheduled run has nobody to ask: a changed item is left alone and reported. */
        StaleChoice LEAVE_ALONE = stale -> false;
    }

    /**
     * One request applied.
     *
     * @param id         the request's id
     * @param request    as the team database holds it afterwards (null when finishing it could not be recorded)
     * @param outcomes   the outcomes of the items this console handled, in the request's order (an item
     *                   an earlier claimant recorded is not among them)
     * @param unrecorded why the outcomes could not all be stored in the team database, null when they were
     */
    public record Applied(String id, ApprovalRequest request, List<ChangeOutcome> outcomes, Words unrecorded) {
    }

    private final ChangeEngine engine;
    private final ChangeRequests requests;
    private final Function<String, Optional<Environment>> environments;
    private final Clock clock;

    public RequestApplier(ChangeEngine engine, ChangeRequests requests,
                          Function<String, Optional<Environment>> environments, Clock clock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.requests = Objects.requireNonNull(requests, "requests");
        this.environments = Objects.requireNonNull(environments, "environments");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Approves as this console's person and, unless the request waits for its apply-at time,
     * claims and applies it at once. Empty when it was approved but is left for its time (or
     * another console claimed it first).
     */
    public Optional<Applied> approveAndApply(String id, String comment, StaleChoice choice) throws RequestException {
        confirm(requests.find(id));
        ApprovalRequest approved = requests.approveAndClaim(id, comment);
        if (approved.state() != app.switchboard.approvals.RequestState.APPLYING) {
            return Optional.empty();
        }
        return Optional.of(apply(approved, choice));
    }

    /**
     * Approving sends the changes, so the approver confirms them as they would their own (production
     * asks; --yes and --confirm-env on the command line). Cancelling leaves the request open.
     */
    private void confirm(ApprovalRequest request) throws RequestException {
        Environment env = environments.apply(request.environment()).orElseThrow(() -> new RequestException(
                RequestException.Kind.REFUSED, Words.of("ops.approval.unknownEnvironment", request.environment()), null));
        boolean dangerous = request.items().stream().anyMatch(i -> !i.desiredOn());
        if (!engine.policy().needsConfirmation(env, dangerous)) {
            return;
        }
        RequestItem first = request.items().get(0);
        ConfirmationAnswer answer = engine.ask(new ConfirmationRequest(env.name(), env.colour(), env.risk(), first.api(),
                request.items().stream().map(i -> Words.verbatim(i.displayName())).toList(),
                request.items().size() == 1 ? first.seenOn() : null, first.desiredOn(), dangerous, false, false, null));
        if (!answer.confirmed()) {
            throw new RequestException(RequestException.Kind.REFUSED,
                    Words.of("ops.approval.notApproved", request.id()), null);
        }
    }

    /**
     * Claims and applies the due scheduled requests of one environment until none is left, or until
     * one could not be recorded (it is then the last in the list); each is applied by exactly one
     * claimant, however many run at once. Overdue requests expire first.
     */
    public List<Applied> runDue(String environment) throws RequestException {
        requests.expireOverdue();
        List<Applied> applied = new ArrayList<>();
        for (Optional<ApprovalRequest> next = requests.claimNextDue(environment); next.isPresent();
             next = requests.claimNextDue(environment)) {
            Applied done = apply(next.get(), StaleChoice.LEAVE_ALONE);
            applied.add(done);
            if (done.unrecorded() != null) {
                // the team database stopped taking it: say what happened instead of claiming on into the outage
                break;
            }
        }
        return applied;
    }

    /**
     * Applies a request this console has claimed, item by item: each is marked in the team database
     * before it is sent and its outcome stored after. Items with an outcome (stored by an earlier
     * claimant) are left alone; a marked item without one may have reached the server, so it is
     * re-read and, when already at its target, recorded without being sent again. When the team
     * database cannot take a mark or an outcome, applying stops: nothing is sent unmarked, and the
     * next claimant resumes once this claim's lease has run out.
     */
    public Applied apply(ApprovalRequest claimed, StaleChoice choice) {
        Optional<Environment> environment = environments.apply(claimed.environment());
        List<ChangeOutcome> outcomes = new ArrayList<>();
        Words unrecorded = null;
        String reason = Words.of("ops.approval.entryReason", claimed.reason(), claimed.id(),
                String.valueOf(claimed.decidedBy())).english();
        for (int i = 0; i < claimed.items().size() && unrecorded == null; i++) {
            RequestItem item = claimed.items().get(i);
            if (item.outcome() != null) {
                continue;
            }
            try {
                requests.startItem(claimed.id(), i);
            } catch (RequestException e) {
                unrecorded = e.words();
                break;
            }
            Optional<ChangeOutcome> already = item.started() ? alreadyAtTarget(claimed, item, environment, reason)
                    : Optional.empty();
            ChangeOutcome outcome = already.orElseGet(() -> applyItem(claimed, item, environment, reason, choice));
            outcomes.add(outcome);
            try {
                requests.recordOutcome(claimed.id(), i, already.isPresent() ? reachedBefore(outcome, item)
                        : itemOutcome(outcome));
            } catch (RequestException e) {
                unrecorded = e.words();
            }
        }
        ApprovalRequest finished = null;
        if (unrecorded == null) {
            try {
                finished = requests.finish(claimed.id());
            } catch (RequestException e) {
                unrecorded = e.words();
            }
        }
        return new Applied(claimed.id(), finished, outcomes, unrecorded);
    }

    private ChangeOutcome applyItem(ApprovalRequest request, RequestItem item, Optional<Environment> environment,
                                    String reason, StaleChoice choice) {
        Environment env = environment.orElse(null);
        if (env == null) {
            // the environment is unknown on this console: nothing can be sent, and the log says why
            Environment placeholder = new Environment(request.environment(), null,
                    app.switchboard.credentials.RiskLevel.PRODUCTION, null, null, null, null, null, false);
            ChangeRequest change = ChangeRequest.set(target(placeholder, item), item.seenOn(), item.desiredOn());
            return engine.recordStopped(change, Words.of("ops.approval.unknownEnvironment", request.environment()),
                    reason, request.id());
        }
        ChangeRequest change = ChangeRequest.set(target(env, item), item.seenOn(), item.desiredOn());
        ChangeOutcome outcome = engine.write(change, reason, request.id(), GatewayCall.CurrentState.FRESH_READ, false);
        if (outcome.kind() == ChangeOutcome.Kind.STALE && choice.writeAnyway(outcome.staleWrite())) {
            return engine.proceed(outcome.staleWrite());
        }
        return outcome;
    }

    /**
     * An item an earlier claimant marked but did not record: re-read, and when the server already has
     * it as asked, the write reached it before, so it is logged as not sent again.
     */
    private Optional<ChangeOutcome> alreadyAtTarget(ApprovalRequest request, RequestItem item,
                                                    Optional<Environment> environment, String reason) {
        if (environment.isEmpty()) {
            return Optional.empty();
        }
        ChangeTarget target = target(environment.get(), item);
        try {
            SwitchState now = engine.readCurrent(target);
            if (!now.isKnown() || now.on() != item.desiredOn()) {
                return Optional.empty();
            }
        } catch (SwitchFailure | RuntimeException e) {
            // unreadable now: the write path reads again and says why it cannot go ahead
            return Optional.empty();
        }
        return Optional.of(engine.recordStopped(ChangeRequest.set(target, item.seenOn(), item.desiredOn()),
                Words.of("ops.approval.alreadyAtTarget", target.stateWords(item.desiredOn())), reason, request.id()));
    }

    private ItemOutcome reachedBefore(ChangeOutcome logged, RequestItem item) {
        return new ItemOutcome(ItemOutcome.SUCCEEDED, logged.message(), item.desiredOn(), logged.entryId(),
                clock.instant());
    }

    private static ChangeTarget target(Environment env, RequestItem item) {
        return new ChangeTarget(env, item.api(), item.targetId(), item.item(), item.displayName());
    }

    private ItemOutcome itemOutcome(ChangeOutcome outcome) {
        Boolean nowOn = outcome.after() != null ? Boolean.valueOf(outcome.after().on()) : outcome.before();
        return new ItemOutcome(outcome.kind().name(), outcome.message(), nowOn, outcome.entryId(), clock.instant());
    }
}
