package app.switchboard.ui.links;

import app.switchboard.ui.common.fx.Messages;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** "Copy link": puts an item's {@code switchboard://} link on the clipboard, for a ticket. */
public final class LinkCopier {
    private LinkCopier() {
    }

    /** A flat icon button beside the item; {@code link} is asked when pressed (null: nothing to copy). */
    public static Button button(String id, Messages messages, Supplier<String> link) {
        Button button = new Button(null, new FontIcon(MaterialDesignL.LINK_VARIANT));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new Tooltip(messages.get("links.copy.tooltip")));
        button.setAccessibleText(messages.get("links.copy"));
        button.setOnAction(event -> copy(link.get()));
        return button;
    }

    public static MenuItem menuItem(Messages messages, Supplier<String> link) {
        MenuItem item = new MenuItem(messages.get("links.copy"), new FontIcon(MaterialDesignL.LINK_VARIANT));
        item.setOnAction(event -> copy(link.get()));
        return item;
    }

    public static void copy(String link) {
        if (link != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(link);
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
