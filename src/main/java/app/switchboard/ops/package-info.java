/**
 * What the GUI and the command line share to change things: every switch flip goes through
 * {@link app.switchboard.ops.ChangeEngine} (one change) or {@link app.switchboard.ops.BulkChanges}
 * (a batch).
 *
 * <p>Driving it from a view model: build a {@link app.switchboard.ops.ChangeTarget} in the
 * operator's words and a {@link app.switchboard.ops.ChangeRequest} with the state on screen; run
 * {@code engine.change(request)} on the task runner (or {@code changeLater}); the
 * {@link app.switchboard.ops.Confirmer} the GUI supplies shows the dialog from the
 * {@link app.switchboard.ops.ConfirmationRequest} and completes its stage when it closes. The
 * returned {@link app.switchboard.ops.ChangeOutcome} carries the server's state to show, the
 * sentence for the notification ({@code summary()}), a {@link app.switchboard.ops.StaleWrite}
 * to offer reload/proceed, and whether Undo is possible; it is returned only after its activity
 * entry is on disk. The session's {@link app.switchboard.ops.UndoStack} backs Ctrl+Z;
 * {@link app.switchboard.ops.ReadOnlyApis} says which toggles to disable and why. Callbacks come on
 * worker threads: hop to the FX thread in the view model. Nothing here imports JavaFX.
 *
 * <p>The engine talks to the servers only through {@link app.switchboard.ops.SwitchGateway}:
 * {@link app.switchboard.ops.DerFeatureGateway} and {@link app.switchboard.ops.FynnEntitlementGateway}
 * adapt the typed APIs; tests use fakes.
 */
package app.switchboard.ops;
