package app.switchboard.ops;

import app.switchboard.credentials.Environment;
import java.util.Optional;

/**
 * Opens a working connection to an environment: for Demo it starts the built-in sandbox, for a
 * real environment it reads the secrets and prepares the API clients. Blocking; callers run it
 * in the background. {@code AppContext} decides which implementation the application uses.
 */
public interface EnvironmentConnector {
    EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException;

    /**
     * A connection to {@code environment} that is already open and can be used at once, without a
     * background task: one begun ahead that has finished. Taken once; empty by default.
     */
    default Optional<EnvironmentConnection> takeOpen(Environment environment) {
        return Optional.empty();
    }
}
