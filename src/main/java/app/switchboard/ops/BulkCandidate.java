package app.switchboard.ops;

/**
 * One switch offered for a bulk change, as the operator's list shows it.
 *
 * @param currentOn          its state as loaded; null when the server did not say (it is then
 *                           changed like any other, never counted as already in the asked state)
 * @param notEligibleReason  why it cannot take this change (e.g. "CaptureChargeSessions applies only
 *                           to EVs and charge points"), null when it can
 */
public record BulkCandidate(ChangeTarget target, Boolean currentOn, String notEligibleReason) {

    public static BulkCandidate eligible(ChangeTarget target, Boolean currentOn) {
        return new BulkCandidate(target, currentOn, null);
    }
}
