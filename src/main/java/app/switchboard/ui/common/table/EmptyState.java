package app.switchboard.ui.common.table;

import app.switchboard.ui.common.session.EnvironmentSession;
import java.util.function.Function;

/**
 * What a view shows while it has nothing to list: a heading and a sentence saying what will
 * appear and, when something is in the way, what it is.
 */
public record EmptyState(String heading, String message) {

    /**
     * @param whatAppears  sentence naming what the view lists once data flows
     * @param session      the current environment and its problems, if any
     * @param waitingFor   the view's own words for "it fills in once this environment is available",
     *                     given the environment's name
     */
    public static EmptyState describe(String heading, String whatAppears, EnvironmentSession session,
                                      Function<String, String> waitingFor) {
        String problem = session.problemProperty().get();
        if (problem != null) {
            return new EmptyState(heading, whatAppears + "\n\n" + waitingFor.apply(session.current().name()));
        }
        return new EmptyState(heading, whatAppears);
    }
}
