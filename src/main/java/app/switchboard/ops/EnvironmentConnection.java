package app.switchboard.ops;

import app.switchboard.credentials.Environment;

/**
 * An open connection to one environment. The API clients (DER Connect, Fynn) hang off it as they
 * are built; closing it releases what {@link EnvironmentConnector#connect} acquired, such as a
 * running sandbox.
 */
public interface EnvironmentConnection extends AutoCloseable {
    Environment environment();

    @Override
    void close();
}
