package app.switchboard.ui.shell;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.ToggleSwitch;

/**
 * Space flips the focused switch. ControlsFX's switch only reacts to the mouse; flipping its
 * {@code selected} state here is exactly what a click does, so every view's listener (and with it
 * the confirmation policy and the change engine) sees the same change either way.
 */
final class SpaceToggles {
    private SpaceToggles() {
    }

    static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()
                    && scene.getFocusOwner() instanceof ToggleSwitch toggle && !toggle.isDisabled()) {
                toggle.setSelected(!toggle.isSelected());
                event.consume();
            }
        });
    }
}
