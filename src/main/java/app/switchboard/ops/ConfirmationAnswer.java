package app.switchboard.ops;

import java.time.Instant;

/**
 * What the operator answered.
 *
 * @param confirmed    true to go ahead
 * @param reason       the reason typed, may be blank unless required
 * @param dontAskAgain "don't ask again this session" was ticked (ignored where not allowed)
 * @param applyAt      for a change request: when to apply it once approved; null for as soon as it is approved
 */
public record ConfirmationAnswer(boolean confirmed, String reason, boolean dontAskAgain, Instant applyAt) {

    public ConfirmationAnswer(boolean confirmed, String reason, boolean dontAskAgain) {
        this(confirmed, reason, dontAskAgain, null);
    }

    public static ConfirmationAnswer cancelled() {
        return new ConfirmationAnswer(false, null, false);
    }

    public static ConfirmationAnswer confirmed(String reason) {
        return new ConfirmationAnswer(true, reason, false);
    }

    /** Confirmed as a change request to apply at {@code applyAt} (null: once approved). */
    public static ConfirmationAnswer requested(String reason, Instant applyAt) {
        return new ConfirmationAnswer(true, reason, false, applyAt);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
