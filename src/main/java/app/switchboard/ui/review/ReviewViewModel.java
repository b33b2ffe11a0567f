package app.switchboard.ui.review;

import app.switchboard.ui.common.EmptyState;
import app.switchboard.ui.common.EnvironmentSession;
import javafx.beans.binding.ObjectBinding;

/** State of the Review view. Until its content lands it describes what will appear there. */
public final class ReviewViewModel {
    static final String HEADING = "Nothing to review yet";
    static final String WHAT_APPEARS = "This view will gather entitlements whose validity window is about to start or end, or that disagree with their subscription, so they can be checked and fixed in one place.";

    private final ObjectBinding<EmptyState> emptyState;

    public ReviewViewModel(EnvironmentSession session) {
        emptyState = EmptyState.following(session, HEADING, WHAT_APPEARS);
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }
}
