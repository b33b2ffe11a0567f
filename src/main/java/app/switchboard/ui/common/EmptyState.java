package app.switchboard.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;

/**
 * What a view shows while it has nothing to list: a heading and a sentence saying what will
 * appear and, when something is in the way, what it is.
 */
public record EmptyState(String heading, String message) {

    /**
     * @param whatAppears sentence naming what the view lists once data flows
     * @param session     the current environment and its problems, if any
     */
    public static EmptyState describe(String heading, String whatAppears, EnvironmentSession session) {
        String problem = session.problemProperty().get();
        if (problem != null) {
            return new EmptyState(heading, whatAppears + "\n\nIt fills in once "
                    + session.current().name() + " is available.");
        }
        return new EmptyState(heading, whatAppears);
    }

    /** Follows the session: the text changes when the environment or its problem changes. */
    public static ObjectBinding<EmptyState> following(EnvironmentSession session, String heading, String whatAppears) {
        return Bindings.createObjectBinding(() -> describe(heading, whatAppears, session),
                session.currentProperty(), session.problemProperty());
    }
}
