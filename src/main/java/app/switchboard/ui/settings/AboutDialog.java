package app.switchboard.ui.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The About dialog: version, build, runtime and where the files are, each value selectable for copying. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(AboutViewModel model, Window owner) {
        String copyAllText = model.copyAllText();
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(model.heading());
        var icon = AboutDialog.class.getResourceAsStream("/app/switchboard/icons/switchboard-64.png");
        if (icon != null) {
            try (icon) {
                setGraphic(new ImageView(new Image(icon)));
            } catch (java.io.IOException e) {
                // without its icon the dialog still says everything it must
            }
        }
        GridPane facts = new GridPane();
        facts.setId("aboutFacts");
        facts.setHgap(12);
        facts.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        facts.getColumnConstraints().addAll(labels, new ColumnConstraints(420, 640, Double.MAX_VALUE,
                Priority.ALWAYS, null, true));
        int row = 0;
        for (AboutViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            TextField value = new TextField(fact.value());
            value.setId(fact.id());
            value.setEditable(false);
            value.setAccessibleText(fact.label() + ": " + fact.value());
            label.setLabelFor(value);
            facts.addRow(row++, label, value);
        }
        getDialogPane().setContent(facts);
        getDialogPane().getStyleClass().add("about-dialog");
        ButtonType copy = new ButtonType(copyAllText, javafx.scene.control.ButtonBar.ButtonData.LEFT);
        getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) getDialogPane().lookupButton(copy);
        copyButton.setId("aboutCopy");
        copyButton.setAccessibleText(copyAllText);
        // copying must not close the dialog
        copyButton.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(model.asText());
            Clipboard.getSystemClipboard().setContent(content);
            event.consume();
        });
        getDialogPane().lookupButton(ButtonType.CLOSE).setId("aboutClose");
    }
}
