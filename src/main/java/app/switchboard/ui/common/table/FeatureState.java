package app.switchboard.ui.common.table;

/** What a DER feature's badge says: the server's state, or that a change is under way or was refused. */
public enum FeatureState {
    ENABLED, DISABLED, CHANGING, REFUSED, UNKNOWN;

    public static FeatureState of(boolean on) {
        return on ? ENABLED : DISABLED;
    }
}
