package app.switchboard.ui.entities;

/** What the badge beside a feature's switch says. */
public enum FeatureStatus {
    ENABLED, DISABLED, CHANGING, REFUSED, UNKNOWN,
    /** The feature does not apply to this type of entity; the switch is disabled with the reason. */
    NOT_APPLICABLE,
    /** The change became a change request: nothing was sent, a second person decides (docs/TEAM.md). */
    AWAITING_APPROVAL
}
