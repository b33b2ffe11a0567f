package app.switchboard.approvals;

import java.time.Instant;

/**
 * How applying one item of a request ended, as the change engine reported it.
 *
 * @param kind    the engine's outcome kind ({@code SUCCEEDED}, {@code REFUSED}, {@code FAILED},
 *                {@code CANCELLED}, {@code STALE})
 * @param message the server's reason or why it stopped, in English; null when there is none
 * @param nowOn   the switch's state afterwards as the server said, null when unknown
 * @param entryId the activity entry recording it, null if it could not be recorded
 * @param at      when it ended
 */
public record ItemOutcome(String kind, String message, Boolean nowOn, String entryId, Instant at) {
    public static final String SUCCEEDED = "SUCCEEDED";

    public boolean succeeded() {
        return SUCCEEDED.equals(kind);
    }
}
