package app.switchboard.ops;

import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.fynn.FynnApi;

/**
 * An open connection to one environment. The API clients (DER Connect, Fynn) hang off it as they
 * are built; closing it releases what {@link EnvironmentConnector#connect} acquired, such as a
 * running sandbox.
 */
public interface EnvironmentConnection extends AutoCloseable {
    /** The environment as connected; for Demo this carries the running sandbox's URLs. */
    Environment environment();

    DerConnectApi der();

    FynnApi fynn();

    @Override
    void close();
}
