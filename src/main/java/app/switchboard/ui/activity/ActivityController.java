package app.switchboard.ui.activity;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;

/** Binds the Activity view to its {@link ActivityViewModel}. */
public class ActivityController {
    private final ActivityViewModel model;

    @FXML private EmptyStatePane emptyState;

    public ActivityController(ActivityViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        emptyState.bind(model.emptyStateProperty());
    }
}
