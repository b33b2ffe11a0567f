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
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

/** The About dialog: version, build, runtime and where the files are, each value selectable for copying. */
public final class AboutDialog extends Dialog<Void> {

    public AboutDialog(AboutViewModel model, Window owner) {
        String copyAllText = model.copyAllText();
        initOwner(owner);
        setTitle(model.title());
        setHeaderText(model.heading());
        FontIcon icon = new FontIcon("mdi2t-toggle-switch-outline");
        icon.setIconSize(40);
        setGraphic(icon);
        GridPane facts = new GridPane();
        facts.setId("aboutFacts");
        facts.setHgap(12);
        facts.setVgap(6);
        facts.getColumnConstraints().addAll(new ColumnConstraints(), new ColumnConstraints(420, 520, Double.MAX_VALUE,
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
