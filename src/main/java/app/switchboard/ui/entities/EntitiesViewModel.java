package app.switchboard.ui.entities;

import app.switchboard.ui.common.EmptyState;
import app.switchboard.ui.common.EnvironmentSession;
import javafx.beans.binding.ObjectBinding;

/** State of the Entities view. Until its content lands it describes what will appear there. */
public final class EntitiesViewModel {
    static final String HEADING = "No entities to show yet";
    static final String WHAT_APPEARS = "This view will list the DER Connect entities of the current environment (EVs, charge points, batteries, heat pumps) with their platform features, such as CaptureChargeSessions, each switchable on or off.";

    private final ObjectBinding<EmptyState> emptyState;

    public EntitiesViewModel(EnvironmentSession session) {
        emptyState = EmptyState.following(session, HEADING, WHAT_APPEARS);
    }

    public ObjectBinding<EmptyState> emptyStateProperty() {
        return emptyState;
    }
}
