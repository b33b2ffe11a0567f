package app.switchboard.ops;

import app.switchboard.audit.Api;

/**
 * The engine's only way to one remote system. Adapters over {@code DerConnectApi} and
 * {@code FynnApi} implement it; tests use fakes. Both methods block and may be called from several
 * threads at once.
 */
public interface SwitchGateway {

    Api api();

    /**
     * Every switch of the target's entity or subscription on the server now, in one read (both APIs
     * can only read them together). Used for the stale-write check just before writing.
     */
    TargetSnapshot readTarget(ChangeTarget target) throws SwitchFailure;

    /** The switch's state on the server now; the single change's stale-write check. */
    default SwitchState readCurrent(ChangeTarget target) throws SwitchFailure {
        return readTarget(target).stateOf(target.item());
    }

    /** Sets the switch and returns what the server says afterwards (which may differ from what was asked). */
    SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure;
}
