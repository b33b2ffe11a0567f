package app.switchboard.ops;

/**
 * One switch offered for a bulk change, as the operator's list shows it.
 *
 * @param currentOn          its state as loaded
 * @param notEligibleReason  why it cannot take this change (e.g. "CaptureChargeSessions applies only
 *                           to EVs and charge points"), null when it can
 */
public record BulkCandidate(ChangeTarget target, boolean currentOn, String notEligibleReason) {

    public static BulkCandidate eligible(ChangeTarget target, boolean currentOn) {
        return new BulkCandidate(target, currentOn, null);
    }
}
