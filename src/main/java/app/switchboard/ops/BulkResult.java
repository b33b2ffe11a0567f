package app.switchboard.ops;

import app.switchboard.text.Words;
import java.util.List;

/**
 * The result table of a bulk run.
 *
 * @param batch     the batch id, also in each activity entry
 * @param confirmed false when the operator cancelled at the confirmation (then nothing started)
 * @param cancelled the operator cancelled while it ran
 * @param items     one row per change, in the preview's order
 */
public record BulkResult(String batch, boolean confirmed, boolean cancelled, List<BulkItemResult> items) {

    public BulkResult {
        items = List.copyOf(items);
    }

    public long count(BulkItemResult.Status status) {
        return items.stream().filter(i -> i.status() == status).count();
    }

    public long succeeded() {
        return count(BulkItemResult.Status.SUCCEEDED);
    }

    public long refused() {
        return count(BulkItemResult.Status.REFUSED);
    }

    public long failed() {
        return count(BulkItemResult.Status.FAILED);
    }

    public long stale() {
        return count(BulkItemResult.Status.STALE);
    }

    /** Answered with a state other than the one asked for, or with none. */
    public long notApplied() {
        return count(BulkItemResult.Status.NOT_APPLIED);
    }

    /** Became a change request: nothing sent, waiting for a second person. */
    public long awaitingApproval() {
        return count(BulkItemResult.Status.AWAITING_APPROVAL);
    }

    public long notStarted() {
        return count(BulkItemResult.Status.NOT_STARTED);
    }

    public List<ChangeRequest> requestsWith(BulkItemResult.Status status) {
        return items.stream().filter(i -> i.status() == status).map(BulkItemResult::request).toList();
    }

    /** The failed changes, to run again as a new batch. */
    public BulkPreview retryFailed() {
        return BulkPreview.of(requestsWith(BulkItemResult.Status.FAILED));
    }

    /** The inverse of every change that went through. */
    public List<ChangeRequest> undoRequests() {
        return items.stream().filter(i -> i.outcome() != null)
                .flatMap(i -> i.outcome().undoRequest().stream()).toList();
    }

    /** e.g. "12 succeeded, 1 refused, 2 failed, 0 changed meanwhile, 5 not started". */
    public String summary() {
        return summaryWords().english();
    }

    public Words summaryWords() {
        Words summary = Words.of("ops.bulk.summary", succeeded(), refused(), failed(), stale(), notStarted());
        Words withNotApplied = notApplied() == 0 ? summary
                : Words.of("ops.bulk.summaryNotApplied", summary, notApplied());
        return awaitingApproval() == 0 ? withNotApplied
                : Words.of("ops.bulk.summaryAwaiting", withNotApplied, awaitingApproval());
    }
}
