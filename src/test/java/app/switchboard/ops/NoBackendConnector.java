package app.switchboard.ops;

import app.switchboard.credentials.Environment;

/** A connector that can reach nothing, for tests of how the console says an environment is unavailable. */
public final class NoBackendConnector implements EnvironmentConnector {
    @Override
    public EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException {
        throw new EnvironmentUnavailableException("The " + environment.name() + " environment is not available.");
    }
}
