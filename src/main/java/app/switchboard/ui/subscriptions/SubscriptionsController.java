package app.switchboard.ui.subscriptions;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;

/** Binds the Subscriptions view to its {@link SubscriptionsViewModel}. */
public class SubscriptionsController {
    private final SubscriptionsViewModel model;

    @FXML private EmptyStatePane emptyState;

    public SubscriptionsController(SubscriptionsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        emptyState.bind(model.emptyStateProperty());
    }
}
