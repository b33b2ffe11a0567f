package app.switchboard.ops;

/**
 * What the operator answered.
 *
 * @param confirmed    true to go ahead
 * @param reason       the reason typed, may be blank unless required
 * @param dontAskAgain "don't ask again this session" was ticked (ignored where not allowed)
 */
public record ConfirmationAnswer(boolean confirmed, String reason, boolean dontAskAgain) {

    public static ConfirmationAnswer cancelled() {
        return new ConfirmationAnswer(false, null, false);
    }

    public static ConfirmationAnswer confirmed(String reason) {
        return new ConfirmationAnswer(true, reason, false);
    }

    public boolean hasReason() {
        return reason != null && !reason.isBlank();
    }
}
