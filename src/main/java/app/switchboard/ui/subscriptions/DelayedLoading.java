package app.switchboard.ui.subscriptions;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether a list's loading indicator should show: only once a load has lasted a moment, so that
 * a fast page does not flash a spinner over the rows it is about to replace. The view measures
 * the moment and calls {@link #lasted()}; this decides. Used on the JavaFX thread.
 */
public final class DelayedLoading {
    private final ReadOnlyObjectProperty<LoadState> state;
    private final SimpleBooleanProperty shown = new SimpleBooleanProperty();

    public DelayedLoading(ReadOnlyObjectProperty<LoadState> state) {
        this.state = state;
        state.addListener((obs, old, now) -> {
            if (now != LoadState.LOADING) {
                shown.set(false);
            }
        });
    }

    /** The load that started a moment ago is still running: show that it is. A late call does nothing. */
    public void lasted() {
        if (state.get() == LoadState.LOADING) {
            shown.set(true);
        }
    }

    /** True while a load that has lasted a moment is still running. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown;
    }

    public ReadOnlyObjectProperty<LoadState> stateProperty() {
        return state;
    }
}
