package app.switchboard.ui.common.fx;

import java.util.Map;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;

/**
 * What a view offers to the shell's keyboard shortcuts (Ctrl+F, Ctrl+R, Ctrl+E). The shell owns
 * the keys and sends them to the view on screen; a view implements what it has and answers
 * {@code false} for the rest, so the shell can say the shortcut does nothing here.
 */
public interface ShortcutTarget {
    /** The shortcuts the shell sends to the view on screen. */
    enum Action { SEARCH, REFRESH, EXPORT }

    /**
     * The view's controls that do what a shortcut does, so the shell can show the keys in their
     * tooltips ("Refresh (Ctrl+R)") from the same place the keys are bound.
     */
    default Map<Action, Control> shortcutControls() {
        return Map.of();
    }

    /** Moves the focus into the view's search or filter field. */
    default boolean focusSearch() {
        return false;
    }

    /** Loads the view's data again, as its refresh button does. */
    default boolean refreshView() {
        return false;
    }

    /** Exports what the view lists, as its export button does. */
    default boolean exportView() {
        return false;
    }

    /**
     * Presses {@code button} for a shortcut when it can be pressed; whether it was. Asked before the
     * press: a button that starts work is disabled while the work runs, so asking afterwards would
     * call a shortcut that worked "not available".
     */
    static boolean press(ButtonBase button) {
        if (button.isDisabled()) {
            return false;
        }
        button.fire();
        return true;
    }
}
