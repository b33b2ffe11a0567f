package app.switchboard.approvals;

import java.time.Instant;

/**
 * The four-eyes rules, the same for every store. The team database enforces them again in its
 * triggers, so a console that skipped these checks still could not break them.
 */
final class RequestRules {
    private RequestRules() {
    }

    static void checkNew(NewRequest request, Instant now) throws RequestException {
        if (request.items().isEmpty()) {
            throw RequestException.refused("approvals.problem.noItems");
        }
        if (request.reason() == null || request.reason().isEmpty()) {
            throw RequestException.refused("approvals.problem.reasonRequired", request.environment());
        }
        if (request.applyAt() != null && !request.expiresAt(now).isAfter(now)) {
            throw RequestException.refused("approvals.problem.windowPassed");
        }
    }

    /** The rules for approving, rejecting or withdrawing, by {@code who}. */
    static void checkDecision(ApprovalRequest request, RequestState state, String who, String comment, Instant now)
            throws RequestException {
        switch (state) {
            case APPROVED -> checkApprove(request, who, now);
            case REJECTED -> checkReject(request, who, comment, now);
            case WITHDRAWN -> checkWithdraw(request, who, now);
            default -> throw new IllegalArgumentException("Not a decision: " + state);
        }
    }

    static void checkApprove(ApprovalRequest request, String approver, Instant now) throws RequestException {
        checkOpen(request, now);
        if (request.requester().equals(approver)) {
            throw RequestException.refused("approvals.problem.ownRequest");
        }
    }

    static void checkReject(ApprovalRequest request, String approver, String comment, Instant now)
            throws RequestException {
        checkOpen(request, now);
        if (request.requester().equals(approver)) {
            throw RequestException.refused("approvals.problem.rejectOwn");
        }
        if (comment == null || comment.isBlank()) {
            throw RequestException.refused("approvals.problem.commentRequired");
        }
    }

    static void checkWithdraw(ApprovalRequest request, String who, Instant now) throws RequestException {
        if (!request.requester().equals(who)) {
            throw RequestException.refused("approvals.problem.withdrawOthers", request.requester());
        }
        checkOpen(request, now);
    }

    private static void checkOpen(ApprovalRequest request, Instant now) throws RequestException {
        if (request.state() == RequestState.OPEN && !request.expiresAt().isAfter(now)) {
            throw RequestException.refused("approvals.problem.expired", request.expiresAt());
        }
        if (request.state() != RequestState.OPEN) {
            throw new RequestException(RequestException.Kind.REFUSED, app.switchboard.text.Words.of(
                    "approvals.problem.notOpen", app.switchboard.text.Words.of(request.state().wordsKey())), null);
        }
    }

    /** The state a request ends in once every item has an outcome. */
    static RequestState finalState(ApprovalRequest request) {
        return request.succeeded() == request.items().size() ? RequestState.APPLIED : RequestState.PARTLY_APPLIED;
    }
}
