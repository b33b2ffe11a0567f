package app.switchboard.ui.review;

import app.switchboard.ui.common.EmptyStatePane;
import javafx.fxml.FXML;

/** Binds the Review view to its {@link ReviewViewModel}. */
public class ReviewController {
    private final ReviewViewModel model;

    @FXML private EmptyStatePane emptyState;

    public ReviewController(ReviewViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        emptyState.bind(model.emptyStateProperty());
    }
}
