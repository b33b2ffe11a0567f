package app.switchboard.approvals;

import java.util.Locale;

/** Where a change request stands. Only {@link #OPEN} and {@link #APPROVED} can still change anything. */
public enum RequestState {
    OPEN, APPROVED, REJECTED, WITHDRAWN, APPLYING, APPLIED, PARTLY_APPLIED, EXPIRED;

    /** The spelling in the team database, e.g. {@code partly_applied}. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestState ofStored(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }

    /** Still waiting for a decision or for its time; counts towards the Requests badge when open. */
    public boolean isPending() {
        return this == OPEN || this == APPROVED;
    }

    /** The key of its words in the bundles, e.g. {@code approvals.state.partly_applied}. */
    public String wordsKey() {
        return "approvals.state." + stored();
    }
}
