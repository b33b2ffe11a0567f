package app.switchboard.ops;

/**
 * Every switch of one target as the server showed them in one answer: a DER entity's features or a
 * Fynn subscription's entitlements. A bulk run reads each target once and checks its items against
 * the snapshot (see {@link BatchReadings}).
 */
@FunctionalInterface
public interface TargetSnapshot {

    /** The state of one switch of the target; fails when the server no longer lists it as a switch. */
    SwitchState stateOf(String item) throws SwitchFailure;
}
