package app.switchboard.ui.entities;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;

/** Binds the Entities view to its {@link EntitiesViewModel}. */
public class EntitiesController {
    private final EntitiesViewModel model;

    @FXML private EmptyStatePane emptyState;

    public EntitiesController(EntitiesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        emptyState.bind(model.emptyStateProperty());
    }
}
