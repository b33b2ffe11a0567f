package app.switchboard.ops;

import app.switchboard.credentials.Environment;

/**
 * Opens a working connection to an environment: for Demo it starts the built-in sandbox, for a
 * real environment it reads the secrets and prepares the API clients. Blocking; callers run it
 * in the background. {@code AppContext} decides which implementation the application uses.
 */
public interface EnvironmentConnector {
    EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException;
}
