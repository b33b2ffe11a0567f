package app.switchboard.ui.entities;

/** What the badge beside a feature's switch says. */
public enum FeatureStatus {
    ENABLED, DISABLED, CHANGING, REFUSED, UNKNOWN,
    /** The server gave no state (none in its answer, or it offers no read): neither on nor off. */
    STATE_UNKNOWN,
    /** The server answered a change with another state than asked for, or with none. */
    NOT_APPLIED,
    /** The feature does not apply to this type of entity; the switch is disabled with the reason. */
    NOT_APPLICABLE,
    /** The change became a change request: nothing was sent, a second person decides (docs/TEAM.md). */
    AWAITING_APPROVAL
}
