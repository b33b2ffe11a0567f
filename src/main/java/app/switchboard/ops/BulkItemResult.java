package app.switchboard.ops;

import app.switchboard.text.Words;

/**
 * One row of the bulk result table.
 *
 * @param outcome null when the change was never started
 */
public record BulkItemResult(ChangeRequest request, Status status, ChangeOutcome outcome) {

    /** {@link #AWAITING_APPROVAL}: became part of a change request; nothing was sent, and it is no failure to retry. */
    public enum Status { SUCCEEDED, REFUSED, FAILED, STALE, NOT_STARTED, NOT_APPLIED, AWAITING_APPROVAL }

    static BulkItemResult of(ChangeOutcome outcome) {
        Status status = switch (outcome.kind()) {
            case SUCCEEDED -> Status.SUCCEEDED;
            case REFUSED -> Status.REFUSED;
            case STALE -> Status.STALE;
            case NOT_APPLIED -> Status.NOT_APPLIED;
            case FAILED -> Status.FAILED;
            case CANCELLED -> outcome.awaitsApproval() ? Status.AWAITING_APPROVAL : Status.FAILED;
        };
        return new BulkItemResult(outcome.request(), status, outcome);
    }

    static BulkItemResult notStarted(ChangeRequest request) {
        return new BulkItemResult(request, Status.NOT_STARTED, null);
    }

    /** The server's reason, the failure's cause, or what changed meanwhile, in English; empty for a success. */
    public String message() {
        return words().english();
    }

    public Words words() {
        if (outcome == null) {
            return Words.of("ops.bulk.notStarted");
        }
        if (outcome.kind() == ChangeOutcome.Kind.NOT_APPLIED) {
            return outcome.summaryWords();
        }
        return outcome.words() == null ? Words.verbatim("") : outcome.words();
    }
}
