package app.switchboard.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The Settings view: four tabs, each with its own controller; this one only knows when they are shown. */
public class SettingsController {
    @FXML private TabPane tabs;
    @FXML private Tab secretsTab;
    @FXML private EnvironmentsController environmentsController;
    @FXML private SecretStoreController secretStoreController;
    @FXML private DemoFaultsController demoFaultsController;

    @FXML
    private void initialize() {
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now == secretsTab) {
                secretStoreController.shown();
            }
            if (old != null && old.getId() != null && old.getId().equals("environmentsTab")) {
                environmentsController.model().cancelTest();
            }
        });
    }

    public EnvironmentsController environments() {
        return environmentsController;
    }

    public DemoFaultsController demoFaults() {
        return demoFaultsController;
    }
}
