package app.switchboard.ui.shell;

import app.switchboard.ui.common.fx.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The F1 sheet: every registered shortcut with its keys, in the operator's language. */
final class ShortcutSheet extends Dialog<Void> {
    ShortcutSheet(ShortcutRegistry registry, Messages messages, Window owner) {
        initOwner(owner);
        setTitle(messages.get("shell.shortcuts.title"));
        setHeaderText(messages.get("shell.shortcuts.title"));
        TableView<ShortcutRegistry.Shortcut> table = new TableView<>();
        table.setId("shortcutTable");
        table.setAccessibleText(messages.get("shell.shortcuts.title"));
        TableColumn<ShortcutRegistry.Shortcut, String> keys = new TableColumn<>(messages.get("shell.shortcuts.column.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(130);
        TableColumn<ShortcutRegistry.Shortcut, String> action = new TableColumn<>(messages.get("shell.shortcuts.column.action"));
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        action.setPrefWidth(430);
        table.getColumns().setAll(java.util.List.of(keys, action));
        table.getItems().setAll(registry.all());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(360);
        Label header = new Label(messages.get("shell.shortcuts.header"));
        header.setWrapText(true);
        VBox content = new VBox(10, header, table);
        content.setPrefWidth(600);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(new ButtonType(messages.get("common.action.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setId("shortcutSheet");
    }
}
