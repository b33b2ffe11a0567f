package app.switchboard.ops;

import app.switchboard.audit.Api;

/**
 * The engine's only way to one remote system. Adapters over {@code DerConnectApi} and
 * {@code FynnApi} implement it; tests use fakes. Both methods block and may be called from several
 * threads at once.
 */
public interface SwitchGateway {

    Api api();

    /** The switch's state on the server now; used for the stale-write check just before writing. */
    SwitchState readCurrent(ChangeTarget target) throws SwitchFailure;

    /** Sets the switch and returns what the server says afterwards (which may differ from what was asked). */
    SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure;
}
