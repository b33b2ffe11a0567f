package app.switchboard.approvals;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A change request as the team database holds it.
 *
 * @param id          its id
 * @param environment the environment's name
 * @param items       the switches, with their outcomes once applied
 * @param reason      the requester's reason
 * @param requester   who asked (the team database login)
 * @param requestedAt when
 * @param applyAt     when to apply it; null for as soon as it is approved
 * @param expiresAt   when it expires unless applied
 * @param state       where it stands
 * @param decidedBy   who approved, rejected or withdrew it; null while open
 * @param decidedAt   when
 * @param comment     the approver's comment (required to reject)
 * @param appliedBy   who claimed it for applying; null until then
 */
public record ApprovalRequest(String id, String environment, List<RequestItem> items, String reason,
                              String requester, Instant requestedAt, Instant applyAt, Instant expiresAt,
                              RequestState state, String decidedBy, Instant decidedAt, String comment,
                              String appliedBy) {

    public ApprovalRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        items = List.copyOf(items);
    }

    public boolean isScheduled() {
        return applyAt != null;
    }

    /** How many items succeeded, for "applied 2 of 3". */
    public long succeeded() {
        return items.stream().filter(i -> i.outcome() != null && i.outcome().succeeded()).count();
    }

    ApprovalRequest with(RequestState newState, String by, Instant at, String newComment) {
        return new ApprovalRequest(id, environment, items, reason, requester, requestedAt, applyAt, expiresAt,
                newState, by, at, newComment, appliedBy);
    }

    ApprovalRequest claimedBy(String claimant) {
        return new ApprovalRequest(id, environment, items, reason, requester, requestedAt, applyAt, expiresAt,
                RequestState.APPLYING, decidedBy, decidedAt, comment, claimant);
    }

    ApprovalRequest withItems(List<RequestItem> newItems, RequestState newState) {
        return new ApprovalRequest(id, environment, newItems, reason, requester, requestedAt, applyAt, expiresAt,
                newState, decidedBy, decidedAt, comment, appliedBy);
    }
}
