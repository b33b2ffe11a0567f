package app.switchboard.ops;

/**
 * One row of the bulk result table.
 *
 * @param outcome null when the change was never started
 */
public record BulkItemResult(ChangeRequest request, Status status, ChangeOutcome outcome) {

    public enum Status { SUCCEEDED, REFUSED, FAILED, STALE, NOT_STARTED }

    static BulkItemResult of(ChangeOutcome outcome) {
        Status status = switch (outcome.kind()) {
            case SUCCEEDED -> Status.SUCCEEDED;
            case REFUSED -> Status.REFUSED;
            case STALE -> Status.STALE;
            case FAILED, CANCELLED -> Status.FAILED;
        };
        return new BulkItemResult(outcome.request(), status, outcome);
    }

    static BulkItemResult notStarted(ChangeRequest request) {
        return new BulkItemResult(request, Status.NOT_STARTED, null);
    }

    /** The server's reason, the failure's cause, or what changed meanwhile; empty for a success. */
    public String message() {
        if (outcome == null) {
            return "not started";
        }
        return outcome.message() == null ? "" : outcome.message();
    }
}
