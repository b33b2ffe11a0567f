package app.switchboard.ui.entities;

import app.switchboard.ui.common.fx.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Open by id": where DER Connect offers no entity list (or to go straight to known entities), the
 * operator pastes ids (one per line or a CSV column), imports them from a file, or fills in the
 * entities recently changed in this environment or those DER Connect's onboarding listing names.
 * Below the ids it says how many will open and which lines give no id, before anything is opened.
 */
final class OpenByIdDialog {
    /**
     * Where ids come from besides typing.
     *
     * @param recent    asked for the recently used ids; answers on the FX thread when they are read
     * @param onboarded asked for the ids the onboarding listing names; answers the same way
     * @param chooseFile the file the operator picks, if any
     * @param readFile  reads a file's text in the background and answers it on the FX thread
     * @param summary   what "Open" will do with a text, in words
     */
    record Sources(Consumer<Consumer<List<String>>> recent, Consumer<Consumer<List<String>>> onboarded,
                   Supplier<Optional<Path>> chooseFile, BiConsumer<Path, Consumer<String>> readFile,
                   UnaryOperator<String> summary) {
    }

    private OpenByIdDialog() {
    }

    /** @return the text with the ids, when the operator chose Open */
    static Optional<String> ask(Messages messages, Sources sources, Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("entities.openById.title"));
        dialog.setHeaderText(messages.get("entities.openById.header"));
        TextArea ids = new TextArea();
        ids.setId("openByIdText");
        ids.setPromptText(messages.get("entities.openById.prompt"));
        ids.setPrefRowCount(8);
        ids.setAccessibleText(messages.get("entities.openById.header"));
        Label summary = new Label();
        summary.setId("openByIdSummary");
        summary.setWrapText(true);
        summary.setMaxWidth(560);
        ids.textProperty().addListener((obs, was, now) -> summary.setText(sources.summary().apply(now)));
        Label note = new Label(messages.get("entities.openById.note"));
        note.setWrapText(true);
        note.setMaxWidth(560);
        Consumer<List<String>> fillIn = found -> ids.setText(String.join("\n", found));
        Button recent = button("openByIdRecent", messages.get("entities.openById.recent"), null,
                () -> sources.recent().accept(fillIn));
        Button onboarded = button("openByIdOnboarded", messages.get("entities.openById.onboarding"),
                messages.get("entities.openById.onboarding.accessible"), () -> sources.onboarded().accept(fillIn));
        Button file = button("openByIdFile", messages.get("entities.openById.import"),
                messages.get("entities.openById.import.accessible"),
                () -> sources.chooseFile().get().ifPresent(path -> sources.readFile().accept(path, ids::setText)));
        FlowPane fills = new FlowPane(8, 6, file, recent, onboarded);
        dialog.getDialogPane().setContent(new VBox(8, ids, summary, fills, note));
        ButtonType open = new ButtonType(messages.get("entities.openById.open"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(ids.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? ids.getText() : null);
        dialog.setOnShown(e -> ids.requestFocus());
        return dialog.showAndWait();
    }

    /** Asks for a CSV or text file of ids, over {@code owner}. */
    static Supplier<Optional<Path>> fileChooser(Messages messages, Window owner) {
        return () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("entities.openById.fileChooser"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("entities.openById.fileFilter"),
                    "*.csv", "*.txt", "*.tsv"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(java.io.File::toPath);
        };
    }

    private static Button button(String id, String text, String accessible, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        if (accessible != null) {
            button.setAccessibleText(accessible);
        }
        button.setOnAction(e -> action.run());
        return button;
    }
}
