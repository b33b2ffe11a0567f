package app.switchboard.audit;

/** How an attempted change ended, as recorded in the activity log. */
public enum OutcomeKind {
    /** The server accepted the change. */
    SUCCEEDED,
    /** The server (or a rule of the console, such as a read-only API) said no; nothing changed. */
    REFUSED,
    /** The call did not complete: network, timeout, server error. The state may be unknown. */
    FAILED,
    /** The operator stopped it before anything was sent. */
    CANCELLED,
    /** The server answered, but not with the state asked for (or with none): it did not apply the change. */
    NOT_APPLIED
}
