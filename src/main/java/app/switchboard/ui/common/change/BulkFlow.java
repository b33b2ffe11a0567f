package app.switchboard.ui.common.change;

import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Starts the bulk change flow for a selection. {@code AppContext} provides one.
 *
 * <pre>{@code
 * List<BulkCandidate> picked = selected.stream().map(row -> row.isApplicable()
 *         ? BulkCandidate.eligible(row.target(), row.isOn())
 *         : new BulkCandidate(row.target(), row.isOn(), "applies only to EVs and charge points")).toList();
 * bulkFlow.open(picked, false);   // preview, one confirmation, progress, results, retry failed
 * }</pre>
 * Rows of open views update through {@link ChangeRunner#addOutcomeListener}, which hears every
 * finished change of the batch.
 */
public final class BulkFlow {
    private final BulkChanges bulk;
    private final ChangeRunner changes;
    private final Messages messages;
    private final Executor fx;

    /** @param fx the JavaFX thread ({@link FxThread#executor()}), the caller's in tests */
    public BulkFlow(BulkChanges bulk, ChangeRunner changes, Messages messages, Executor fx) {
        this.bulk = bulk;
        this.changes = changes;
        this.messages = messages;
        this.fx = fx;
    }

    /** Opens the window on the preview and returns its model. Call on the JavaFX thread. */
    public BulkFlowModel open(List<BulkCandidate> candidates, boolean desiredOn) {
        BulkFlowModel model = model(candidates, desiredOn);
        String environment = candidates.isEmpty() ? "" : candidates.get(0).target().environment().name();
        new BulkChangeWindow(model, messages, environment).show();
        return model;
    }

    /** Opens the window on undoing a batch from this session's undo stack (Ctrl+Z on a batch). */
    public BulkFlowModel openUndo(UndoStack.Step step) {
        List<app.switchboard.ops.ChangeRequest> inverses = step.inverses();
        BulkFlowModel model = new BulkFlowModel(bulk, changes, fx, step.asPreview(), inverses.get(0).desiredOn());
        new BulkChangeWindow(model, messages, inverses.get(0).target().environment().name()).show();
        return model;
    }

    /** The flow without a window, for view models that show it their own way. */
    public BulkFlowModel model(List<BulkCandidate> candidates, boolean desiredOn) {
        return new BulkFlowModel(bulk, changes, fx, candidates, desiredOn);
    }
}
