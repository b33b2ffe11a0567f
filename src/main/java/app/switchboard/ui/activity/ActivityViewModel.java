package app.switchboard.ui.activity;

import app.switchboard.ui.common.EmptyState;
import app.switchboard.ui.common.EnvironmentSession;
import javafx.beans.binding.ObjectBinding;

/** State of the Activity view. Until its content lands it describes what will appear there. */
public final class ActivityViewModel {
    static final String HEADING = "No activity recorded yet";
    static final String WHAT_APPEARS = "This view will show the activity log: every change made from this console, with who, when, on which environment, the reason given and what the server answered, and a way to undo it.";

    private final ObjectBinding<EmptyState> emptyState;

    public ActivityViewModel(EnvironmentSession session) {
        emptyState = EmptyState.following(session, HEADING, WHAT_APPEARS);
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }
}
