package app.switchboard.ui.settings;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the Settings view to its {@link SettingsViewModel}. */
public class SettingsController {
    private final SettingsViewModel model;

    @FXML private Label settingsFile;
    @FXML private Label dataFolder;
    @FXML private Label logFolder;
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
