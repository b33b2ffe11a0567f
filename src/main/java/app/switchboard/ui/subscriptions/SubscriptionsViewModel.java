package app.switchboard.ui.subscriptions;

import app.switchboard.ui.common.EmptyState;
import app.switchboard.ui.common.EnvironmentSession;
import javafx.beans.binding.ObjectBinding;

/** State of the Subscriptions view. Until its content lands it describes what will appear there. */
public final class SubscriptionsViewModel {
    static final String HEADING = "No subscriptions to show yet";
    static final String WHAT_APPEARS = "This view will list the Fynn subscriptions of the current environment with their entitlements: feature, value, validity window and status (active, pending, disabled, expired), switchable one by one or in bulk.";

    private final ObjectBinding<EmptyState> emptyState;

    public SubscriptionsViewModel(EnvironmentSession session) {
        emptyState = EmptyState.following(session, HEADING, WHAT_APPEARS);
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }
}
