package app.switchboard.ops;

import app.switchboard.credentials.Environment;

/**
 * The connector used while this build has no way to reach an environment yet (no sandbox, no API
 * clients). It says so plainly instead of pretending to connect.
 */
public final class NoBackendConnector implements EnvironmentConnector {
    @Override
    public EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException {
        if (environment.isDemo()) {
            throw new EnvironmentUnavailableException("The " + environment.name()
                    + " environment is not available yet: this build does not include the built-in sandbox.");
        }
        throw new EnvironmentUnavailableException("Connecting to " + environment.name()
                + " is not available yet: this build does not include the DER Connect and Fynn clients.");
    }
}
