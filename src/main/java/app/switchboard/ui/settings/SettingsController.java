package app.switchboard.ui.settings;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;
import javafx.scene.control.TextField;

/** Binds the Settings view to its {@link SettingsViewModel}. */
public class SettingsController {
    private final SettingsViewModel model;

    @FXML private TextField settingsFile;
    @FXML private TextField dataFolder;
    @FXML private TextField logFolder;
    @FXML private EmptyStatePane emptyState;

    public SettingsController(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        settingsFile.setText(model.settingsFile());
        dataFolder.setText(model.dataFolder());
        logFolder.setText(model.logFolder());
        emptyState.bind(model.emptyStateProperty());
    }
}
