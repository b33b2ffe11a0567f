package app.switchboard.ui.common.change;

import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * One change under way, as {@link ChangeRunner#change} started it. {@link #inFlightProperty()} is
 * true until the final outcome has been delivered (on the JavaFX thread); bind a switch's disabled
 * state and a "Changing…" badge to it.
 */
public final class PendingChange {
    private final ChangeRequest request;
    private final ReadOnlyBooleanWrapper inFlight = new ReadOnlyBooleanWrapper(true);
    private final CompletableFuture<ChangeOutcome> outcome = new CompletableFuture<>();

    PendingChange(ChangeRequest request) {
        this.request = request;
    }

    public ChangeRequest request() {
        return request;
    }

    public ReadOnlyBooleanProperty inFlightProperty() {
        return inFlight.getReadOnlyProperty();
    }

    public boolean isInFlight() {
        return inFlight.get();
    }

    /**
     * Completes with the final outcome after the callback ran; fails if the engine broke
     * unexpectedly (the operator has been told). For tests and for chaining; views use the callback.
     */
    public CompletableFuture<ChangeOutcome> outcome() {
        return outcome;
    }

    void finish(ChangeOutcome result) {
        inFlight.set(false);
        outcome.complete(result);
    }

    void fail(Throwable error) {
        inFlight.set(false);
        outcome.completeExceptionally(error);
    }
}
