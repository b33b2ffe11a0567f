package app.switchboard.ops;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.ItemOutcome;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestException;
import app.switchboard.approvals.RequestState;
import java.util.List;
import java.util.Optional;

/**
 * A claimant's requests whose team database goes away at a chosen moment: just before the outcome of
 * the item at {@code position} is stored, that is after its write reached the server. Everything
 * else is passed through unchanged.
 */
public final class InterruptedRequests implements ChangeRequests {
    /** What takes the database away. */
    @FunctionalInterface
    public interface Outage {
        void begin() throws Exception;
    }

    private final ChangeRequests delegate;
    private final int position;
    private final Outage outage;
    private boolean struck;

    public InterruptedRequests(ChangeRequests delegate, int position, Outage outage) {
        this.delegate = delegate;
        this.position = position;
        this.outage = outage;
    }

    /** Whether the outage happened. */
    public synchronized boolean struck() {
        return struck;
    }

    @Override
    public void recordOutcome(String id, int index, ItemOutcome outcome) throws RequestException {
        synchronized (this) {
            if (index == position && !struck) {
                struck = true;
                try {
                    outage.begin();
                } catch (Exception e) {
                    throw new IllegalStateException("could not take the database away", e);
                }
            }
        }
        delegate.recordOutcome(id, index, outcome);
    }

    @Override
    public String me() {
        return delegate.me();
    }

    @Override
    public ApprovalRequest submit(NewRequest request) throws RequestException {
        return delegate.submit(request);
    }

    @Override
    public ApprovalRequest find(String id) throws RequestException {
        return delegate.find(id);
    }

    @Override
    public List<ApprovalRequest> list(boolean pendingOnly) throws RequestException {
        return delegate.list(pendingOnly);
    }

    @Override
    public int openCount() throws RequestException {
        return delegate.openCount();
    }

    @Override
    public ApprovalRequest decide(String id, RequestState state, String comment) throws RequestException {
        return delegate.decide(id, state, comment);
    }

    @Override
    public ApprovalRequest approveAndClaim(String id, String comment) throws RequestException {
        return delegate.approveAndClaim(id, comment);
    }

    @Override
    public Optional<ApprovalRequest> claimNextDue(String environment) throws RequestException {
        return delegate.claimNextDue(environment);
    }

    @Override
    public void startItem(String id, int index) throws RequestException {
        delegate.startItem(id, index);
    }

    @Override
    public ApprovalRequest finish(String id) throws RequestException {
        return delegate.finish(id);
    }

    @Override
    public int expireOverdue() throws RequestException {
        return delegate.expireOverdue();
    }

    @Override
    public AutoCloseable watch(Runnable onChange) throws RequestException {
        return delegate.watch(onChange);
    }
}
