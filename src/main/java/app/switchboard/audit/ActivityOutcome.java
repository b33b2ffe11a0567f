package app.switchboard.audit;

import java.util.Objects;

/**
 * @param kind       how the attempt ended
 * @param httpStatus the server's HTTP status, null when no call was answered
 * @param message    the server's own words, the cause of a failure, or why it was stopped
 */
public record ActivityOutcome(OutcomeKind kind, Integer httpStatus, String message) {
    public ActivityOutcome {
        Objects.requireNonNull(kind, "kind");
    }
}
