package app.switchboard.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Change requests in memory, with the same rules as the team database, for tests and for views
 * built before a database is configured. {@link #as} gives another person's view of the same requests.
 */
public final class InMemoryChangeRequests implements ChangeRequests {
    private final Shared shared;
    private final String me;

    public InMemoryChangeRequests(Clock clock, String me) {
        this(new Shared(clock), me);
    }

    private InMemoryChangeRequests(Shared shared, String me) {
        this.shared = shared;
        this.me = me;
    }

    /** The same requests as seen by {@code user}. */
    public InMemoryChangeRequests as(String user) {
        return new InMemoryChangeRequests(shared, user);
    }

    @Override
    public String me() {
        return me;
    }

    @Override
    public ApprovalRequest submit(NewRequest request) throws RequestException {
        Instant now = shared.clock.instant();
        RequestRules.checkNew(request, now);
        ApprovalRequest created = new ApprovalRequest(UUID.randomUUID().toString(), request.environment(),
                request.items(), request.reason(), me, now, request.applyAt(), request.expiresAt(now),
                RequestState.OPEN, null, null, null, null);
        synchronized (shared) {
            shared.requests.put(created.id(), created);
        }
        shared.announce();
        return created;
    }

    @Override
    public ApprovalRequest find(String id) throws RequestException {
        synchronized (shared) {
            ApprovalRequest found = shared.requests.get(id);
            if (found == null) {
                throw RequestException.notFound(id);
            }
            return found;
        }
    }

    @Override
    public List<ApprovalRequest> list(boolean pendingOnly) {
        synchronized (shared) {
            return shared.requests.values().stream().filter(r -> !pendingOnly || r.state().isPending()
                            || r.state() == RequestState.APPLYING)
                    .sorted(Comparator.comparing(ApprovalRequest::requestedAt).reversed()).toList();
        }
    }

    @Override
    public int openCount() {
        synchronized (shared) {
            Instant now = shared.clock.instant();
            return (int) shared.requests.values().stream()
                    .filter(r -> r.state() == RequestState.OPEN && r.expiresAt().isAfter(now)).count();
        }
    }

    @Override
    public ApprovalRequest decide(String id, RequestState state, String comment) throws RequestException {
        ApprovalRequest decided;
        synchronized (shared) {
            ApprovalRequest request = find(id);
            Instant now = shared.clock.instant();
            RequestRules.checkDecision(request, state, me, comment, now);
            decided = request.with(state, me, now, comment == null || comment.isBlank() ? null : comment.strip());
            shared.requests.put(id, decided);
        }
        shared.announce();
        return decided;
    }

    @Override
    public ApprovalRequest approveAndClaim(String id, String comment) throws RequestException {
        synchronized (shared) {
            ApprovalRequest approved = approve(id, comment);
            return approved.isScheduled() ? approved : claimIfDue(approved).orElse(approved);
        }
    }

    @Override
    public Optional<ApprovalRequest> claimNextDue(String environment) {
        synchronized (shared) {
            Instant now = shared.clock.instant();
            return shared.requests.values().stream()
                    .filter(r -> r.environment().equals(environment) && r.state() == RequestState.APPROVED
                            && r.isScheduled() && !r.applyAt().isAfter(now))
                    .sorted(Comparator.comparing(ApprovalRequest::applyAt)).findFirst()
                    .flatMap(this::claimIfDue);
        }
    }

    private Optional<ApprovalRequest> claimIfDue(ApprovalRequest request) {
        Instant now = shared.clock.instant();
        boolean due = request.applyAt() == null || !request.applyAt().isAfter(now);
        if (request.state() != RequestState.APPROVED || !due || !request.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        ApprovalRequest claimed = request.claimedBy(me);
        shared.requests.put(request.id(), claimed);
        shared.announce();
        return Optional.of(claimed);
    }

    /** Marks the item; in memory a claim never lapses, so only the claim's holder is checked. */
    @Override
    public void startItem(String id, int index) throws RequestException {
        synchronized (shared) {
            ApprovalRequest request = applying(id);
            List<RequestItem> items = new ArrayList<>(request.items());
            items.set(index, items.get(index).startedNow());
            shared.requests.put(id, request.withItems(items, RequestState.APPLYING));
        }
    }

    @Override
    public void recordOutcome(String id, int index, ItemOutcome outcome) throws RequestException {
        synchronized (shared) {
            ApprovalRequest request = applying(id);
            List<RequestItem> items = new ArrayList<>(request.items());
            items.set(index, items.get(index).withOutcome(outcome));
            shared.requests.put(id, request.withItems(items, RequestState.APPLYING));
        }
        shared.announce();
    }

    @Override
    public ApprovalRequest finish(String id) throws RequestException {
        ApprovalRequest done;
        synchronized (shared) {
            ApprovalRequest request = applying(id);
            done = request.withItems(request.items(), RequestRules.finalState(request));
            shared.requests.put(id, done);
        }
        shared.announce();
        return done;
    }

    private ApprovalRequest applying(String id) throws RequestException {
        ApprovalRequest request = find(id);
        if (request.state() != RequestState.APPLYING || !me.equals(request.appliedBy())) {
            throw RequestException.refused("approvals.problem.notClaimed", id);
        }
        return request;
    }

    @Override
    public int expireOverdue() {
        int expired = 0;
        synchronized (shared) {
            Instant now = shared.clock.instant();
            for (ApprovalRequest r : List.copyOf(shared.requests.values())) {
                if (r.state().isPending() && !r.expiresAt().isAfter(now)) {
                    shared.requests.put(r.id(), r.with(RequestState.EXPIRED, r.decidedBy(), r.decidedAt(), r.comment()));
                    expired++;
                }
            }
        }
        if (expired > 0) {
            shared.announce();
        }
        return expired;
    }

    @Override
    public AutoCloseable watch(Runnable onChange) {
        shared.watchers.add(onChange);
        return () -> shared.watchers.remove(onChange);
    }

    private static final class Shared {
        private final Clock clock;
        private final Map<String, ApprovalRequest> requests = new LinkedHashMap<>();
        private final List<Runnable> watchers = new CopyOnWriteArrayList<>();

        Shared(Clock clock) {
            this.clock = clock;
        }

        void announce() {
            watchers.forEach(Runnable::run);
        }
    }
}
