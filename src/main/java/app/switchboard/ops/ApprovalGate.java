package app.switchboard.ops;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestException;
import app.switchboard.approvals.RequestItem;
import app.switchboard.credentials.Environment;
import app.switchboard.text.Words;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where the engine turns a change into a change request: in an environment whose approval rule
 * covers it, nothing is sent to the API; the change goes to the team database for a second person.
 * Without a team database such an environment refuses the change and says why.
 */
public final class ApprovalGate {
    private final Supplier<Optional<ChangeRequests>> source;

    private ApprovalGate(Supplier<Optional<ChangeRequests>> source) {
        this.source = source;
    }

    /** No team database: environments with an approval rule refuse the changes it covers. */
    public static ApprovalGate withoutTeamDatabase() {
        return new ApprovalGate(Optional::empty);
    }

    public static ApprovalGate through(ChangeRequests requests) {
        Optional<ChangeRequests> fixed = Optional.of(requests);
        return new ApprovalGate(() -> fixed);
    }

    /** The team database as it is at the moment of each change: the window connects to it after start. */
    public static ApprovalGate whenConnected(Supplier<Optional<ChangeRequests>> source) {
        return new ApprovalGate(source);
    }

    public boolean covers(Environment environment, boolean desiredOn) {
        return environment.approval().covers(desiredOn);
    }

    public Optional<ChangeRequests> requests() {
        return source.get();
    }

    /** Why a covered change cannot even be requested here, if it cannot. */
    Optional<Words> unavailable(Environment environment) {
        return source.get().isEmpty() ? Optional.of(Words.of("ops.approval.noTeamDatabase", environment.name()))
                : Optional.empty();
    }

    /**
     * Submits the changes as one request and says what became of them: awaiting approval as
     * request N, or why the team database did not take it. Either way nothing was sent to the API.
     */
    Words submit(List<ChangeRequest> changes, String reason, Instant applyAt) {
        ChangeRequests requests = source.get().orElse(null);
        if (requests == null) {
            return Words.of("ops.approval.noTeamDatabase", changes.get(0).target().environment().name());
        }
        List<RequestItem> items = changes.stream().map(c -> RequestItem.of(c.target().api(), c.target().targetId(),
                c.target().item(), c.target().displayName(), c.seenOn(), c.desiredOn())).toList();
        try {
            String id = requests.submit(new NewRequest(changes.get(0).target().environment().name(), items, reason,
                    applyAt, null)).id();
            return Words.of("ops.approval.awaiting", id);
        } catch (RequestException e) {
            return Words.of("ops.approval.notSubmitted", e.words());
        }
    }
}
