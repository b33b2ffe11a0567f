package app.switchboard.ui.common.change;

import app.switchboard.audit.Api;
import app.switchboard.ui.common.fx.Messages;
import java.util.function.Consumer;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/**
 * "Switch on" and "Switch off" for a switch whose state the server did not give: there is no
 * position to flip from, so the operator says which state they want. DER features and Fynn
 * entitlements use the same words, ids and accessible texts. Read-only credentials disable both.
 */
public final class UnknownStateActions {
    private UnknownStateActions() {
    }

    /**
     * The two buttons, each wrapped by the write guard; the caller lays them out (side by side
     * beside a DER feature, one above the other in the narrow Switch column of an entitlement).
     *
     * @param idStem ids become {@code idStem + "On-" + key} and {@code idStem + "Off-" + key}
     * @param name   the switch in the operator's words, e.g. the feature's name
     * @param owner  whose switch it is, e.g. the entity's or the subscription item's name
     * @param choice told true for "Switch on", false for "Switch off"
     */
    public static List<Node> of(String idStem, String key, String name, String owner, Messages messages,
                                WriteAccess writeAccess, Api api, Consumer<Boolean> choice) {
        return List.of(writeAccess.guard(button(idStem + "On-" + key, "changes.switch.on", name, owner, messages,
                        () -> choice.accept(true)), api),
                writeAccess.guard(button(idStem + "Off-" + key, "changes.switch.off", name, owner, messages,
                        () -> choice.accept(false)), api));
    }

    private static Button button(String id, String key, String name, String owner, Messages messages, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setAccessibleText(messages.get(key + ".accessible", name, owner));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        return button;
    }
}
