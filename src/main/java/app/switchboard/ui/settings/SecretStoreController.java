package app.switchboard.ui.settings;

import app.switchboard.ui.common.fx.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the secret store tab of Settings to its {@link SecretStoreViewModel}. */
public class SecretStoreController {
    private final SecretStoreViewModel model;
    private final Messages messages;
    private boolean loaded;

    @FXML private Label storeKind;
    @FXML private TextField storeLocation;
    @FXML private VBox passphraseCard;
    @FXML private Label noPassphrase;
    @FXML private PasswordField currentPassphrase;
    @FXML private PasswordField newPassphrase;
    @FXML private PasswordField repeatPassphrase;
    @FXML private Button changePassphrase;
    @FXML private Label passphraseFeedback;

    public SecretStoreController(SecretStoreViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public SecretStoreViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        storeKind.textProperty().bind(model.kindProperty());
        storeLocation.textProperty().bind(model.locationProperty());
        passphraseCard.visibleProperty().bind(model.passphraseChangeableProperty());
        passphraseCard.managedProperty().bind(passphraseCard.visibleProperty());
        noPassphrase.visibleProperty().bind(model.passphraseChangeableProperty().not());
        noPassphrase.managedProperty().bind(noPassphrase.visibleProperty());
        changePassphrase.disableProperty().bind(model.busyProperty());
        model.feedbackProperty().addListener((obs, old, now) -> EnvironmentsController.showFeedback(passphraseFeedback, now));
        storeLocation.setAccessibleText(messages.get("settings.secrets.where"));
        currentPassphrase.setAccessibleText(messages.get("settings.secrets.current"));
        newPassphrase.setAccessibleText(messages.get("settings.secrets.new"));
        repeatPassphrase.setAccessibleText(messages.get("settings.secrets.repeat"));
        changePassphrase.setAccessibleText(messages.get("settings.secrets.changeButton"));
    }

    /** The first visit finds out which store is in use; probing the keychain can take seconds. */
    void shown() {
        if (!loaded) {
            loaded = true;
            model.load();
        }
    }

    @FXML
    private void change() {
        model.changePassphrase(currentPassphrase.getText(), newPassphrase.getText(), repeatPassphrase.getText());
        currentPassphrase.clear();
        newPassphrase.clear();
        repeatPassphrase.clear();
    }
}
