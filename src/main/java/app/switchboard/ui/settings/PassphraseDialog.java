package app.switchboard.ui.settings;

import app.switchboard.credentials.PassphraseRule;
import app.switchboard.ui.common.fx.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Asks for the master passphrase of the encrypted secret file: the existing one (saying so when the
 * last attempt was wrong), or a new one typed twice. The result is the passphrase, or null when
 * cancelled.
 */
final class PassphraseDialog extends Dialog<char[]> {

    private PassphraseDialog(Messages messages, String location, boolean creating, boolean previousWasWrong) {
        setTitle(messages.get(creating ? "settings.passphrase.newTitle" : "settings.passphrase.title"));
        setHeaderText(messages.get(creating ? "settings.passphrase.newHeading" : "settings.passphrase.heading"));
        setGraphic(new FontIcon("mdi2l-lock-outline"));
        PasswordField passphrase = field("passphrase", messages.get("settings.passphrase.field"));
        Label where = new Label(messages.get("settings.passphrase.location", location));
        where.setWrapText(true);
        VBox content = new VBox(8);
        content.setPrefWidth(440);
        if (previousWasWrong) {
            Label wrong = new Label(messages.get("settings.passphrase.wasWrong"),
                    new FontIcon("mdi2a-alert-circle-outline"));
            wrong.setId("passphraseWasWrong");
            wrong.getStyleClass().add("danger");
            wrong.setWrapText(true);
            content.getChildren().add(wrong);
        }
        content.getChildren().addAll(where, new Label(messages.get("settings.passphrase.field")), passphrase);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().lookupButton(ButtonType.OK).setId("passphraseOk");
        getDialogPane().lookupButton(ButtonType.CANCEL).setId("passphraseCancel");
        BooleanBinding incomplete = passphrase.textProperty().isEmpty();
        if (creating) {
            PasswordField repeat = field("passphraseRepeat", messages.get("settings.passphrase.repeat"));
            Label mismatch = new Label(messages.get("settings.passphrase.mismatch"),
                    new FontIcon("mdi2a-alert-circle-outline"));
            mismatch.setId("passphraseMismatch");
            mismatch.getStyleClass().add("danger");
            BooleanBinding differs = Bindings.createBooleanBinding(
                    () -> !passphrase.getText().equals(repeat.getText()), passphrase.textProperty(), repeat.textProperty());
            mismatch.visibleProperty().bind(differs.and(repeat.textProperty().isNotEmpty()));
            BooleanBinding tooShort = passphrase.textProperty().length().lessThan(PassphraseRule.MINIMUM_LENGTH);
            Label shortHint = new Label(messages.get("settings.secrets.tooShort", PassphraseRule.MINIMUM_LENGTH),
                    new FontIcon("mdi2i-information-outline"));
            shortHint.setId("passphraseTooShort");
            shortHint.setWrapText(true);
            shortHint.visibleProperty().bind(tooShort);
            content.getChildren().addAll(shortHint, new Label(messages.get("settings.passphrase.repeat")), repeat,
                    mismatch);
            incomplete = incomplete.or(differs).or(tooShort);
        }
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(incomplete);
        getDialogPane().setContent(content);
        setOnShown(e -> passphrase.requestFocus());
        setResultConverter(button -> button == ButtonType.OK ? passphrase.getText().toCharArray() : null);
    }

    static PassphraseDialog existing(Messages messages, String location, boolean previousWasWrong) {
        return new PassphraseDialog(messages, location, false, previousWasWrong);
    }

    static PassphraseDialog creating(Messages messages, String location) {
        return new PassphraseDialog(messages, location, true, false);
    }

    private static PasswordField field(String id, String accessibleText) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(accessibleText);
        return field;
    }
}
