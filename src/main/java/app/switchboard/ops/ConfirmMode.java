package app.switchboard.ops;

/** When an environment below production asks before changing something. */
public enum ConfirmMode {
    ALWAYS,
    /** Only switching off, which takes a capability away from a customer. */
    DISABLES_ONLY,
    NEVER
}
