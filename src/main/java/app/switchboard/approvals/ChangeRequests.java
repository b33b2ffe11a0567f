package app.switchboard.approvals;

import java.util.List;
import java.util.Optional;

/**
 * Change requests as {@code ops}, the window and the command line see them. The acting person is
 * the store's own user ({@link #me()}): the team database login, so nobody can act in another's name.
 * Every method may block on the network; call them from a background thread.
 */
public interface ChangeRequests {

    /** Who acts through this store. */
    String me();

    /** Submits a request as {@link #me()}; nothing is sent to the APIs. */
    ApprovalRequest submit(NewRequest request) throws RequestException;

    ApprovalRequest find(String id) throws RequestException;

    /**
     * Requests newest first; {@code pendingOnly} keeps those not finished: open, approved, and being
     * applied (so one left applying by a lost console is seen until it is resumed).
     */
    List<ApprovalRequest> list(boolean pendingOnly) throws RequestException;

    /** Open requests, for the sidebar badge. */
    int openCount() throws RequestException;

    /** Approves, rejects or withdraws as {@link #me()}, under the rules of {@code RequestRules}. */
    ApprovalRequest decide(String id, RequestState state, String comment) throws RequestException;

    /** Approves as {@link #me()}: refused for one's own request, or one no longer open. */
    default ApprovalRequest approve(String id, String comment) throws RequestException {
        return decide(id, RequestState.APPROVED, comment);
    }

    /** Rejects as {@link #me()}; a comment is required. */
    default ApprovalRequest reject(String id, String comment) throws RequestException {
        return decide(id, RequestState.REJECTED, comment);
    }

    /** Withdraws one's own open request. */
    default ApprovalRequest withdraw(String id) throws RequestException {
        return decide(id, RequestState.WITHDRAWN, null);
    }

    /**
     * Approves as {@link #me()} and, when the request has no apply-at time, claims it for applying in
     * the same transaction, so nobody else can apply it in between. The result is applying (claimed
     * by me) or, for a scheduled request, approved.
     */
    ApprovalRequest approveAndClaim(String id, String comment) throws RequestException;

    /**
     * Claims the next request in {@code environment} to apply: an approved one whose apply-at time has
     * come, or one left applying by a claimant whose lease ran out (a console or database lost mid-apply),
     * skipping those another claimant is taking. A claim holds a lease that {@link #startItem} renews.
     */
    Optional<ApprovalRequest> claimNextDue(String environment) throws RequestException;

    /**
     * Marks an item as about to be sent and renews this store's lease on the request, before anything
     * is sent: refused when the claim was lost (the lease ran out and another claimant took over) or the
     * database cannot be reached, and then nothing may be sent.
     */
    void startItem(String id, int index) throws RequestException;

    /** Records one item's outcome while applying a request this store claimed. */
    void recordOutcome(String id, int index, ItemOutcome outcome) throws RequestException;

    /** Ends applying: applied when every item succeeded, else partly applied. */
    ApprovalRequest finish(String id) throws RequestException;

    /** Marks open and approved requests past their window as expired; returns how many. */
    int expireOverdue() throws RequestException;

    /** Runs {@code onChange} whenever any request changes (from any console) until closed. */
    AutoCloseable watch(Runnable onChange) throws RequestException;
}
