package app.switchboard.ui.entities;

import app.switchboard.ui.common.fx.Messages;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Open by id": where DER Connect offers no entity list (or to go straight to known entities), the
 * operator pastes ids, one per line or a CSV column, or fills in the entities recently changed in
 * this environment from the activity log.
 */
final class OpenByIdDialog {
    private OpenByIdDialog() {
    }

    /**
     * @param recent asked for the recently used ids when the operator wants them; answers off the FX thread's way
     * @return the text with the ids, when the operator chose Open
     */
    static Optional<String> ask(Messages messages, Consumer<Consumer<List<String>>> recent, Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("entities.openById.title"));
        dialog.setHeaderText(messages.get("entities.openById.header"));
        TextArea ids = new TextArea();
        ids.setId("openByIdText");
        ids.setPromptText(messages.get("entities.openById.prompt"));
        ids.setPrefRowCount(8);
        ids.setAccessibleText(messages.get("entities.openById.header"));
        Label note = new Label(messages.get("entities.openById.note"));
        note.setWrapText(true);
        Button fill = new Button(messages.get("entities.openById.recent"));
        fill.setId("openByIdRecent");
        fill.setOnAction(e -> recent.accept(found -> ids.setText(found.isEmpty()
                ? "" : String.join("\n", found))));
        dialog.getDialogPane().setContent(new VBox(8, ids, fill, note));
        ButtonType open = new ButtonType(messages.get("entities.openById.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(ids.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? ids.getText() : null);
        dialog.setOnShown(e -> ids.requestFocus());
        return dialog.showAndWait();
    }
}
