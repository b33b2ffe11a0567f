package app.switchboard.ui.settings;

import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.settings.SettingsViewModel.Language;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/** Binds the language choice and the file locations to the {@link SettingsViewModel}. */
public class GeneralController {
    private final SettingsViewModel model;
    private final Messages messages;

    @FXML private ComboBox<Language> language;
    @FXML private Label restartNotice;
    @FXML private TextField settingsFile;
    @FXML private TextField dataFolder;
    @FXML private TextField logFolder;
    @FXML private TextField activityFolder;

    public GeneralController(SettingsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(model.languages());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language choice) {
                return choice == null ? "" : model.languageName(choice);
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        language.setAccessibleText(messages.get("settings.language.title"));
        restartNotice.setVisible(model.restartNeeded());
        model.languageProperty().addListener((obs, old, now) -> restartNotice.setVisible(model.restartNeeded()));
        fact(settingsFile, model.settingsFile(), "settings.files.settings");
        fact(dataFolder, model.dataFolder(), "settings.files.data");
        fact(logFolder, model.logFolder(), "settings.files.logs");
        fact(activityFolder, model.activityFolder(), "settings.files.activity");
    }

    private void fact(TextField field, String value, String key) {
        field.setText(value);
        field.setAccessibleText(messages.get(key) + ": " + value);
    }
}
