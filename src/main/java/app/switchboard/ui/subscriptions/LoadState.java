package app.switchboard.ui.subscriptions;

/** Where a list stands: what the view shows instead of (or on top of) its table. */
public enum LoadState {
    /** No connection to Fynn in the current environment. */
    NOT_CONNECTED,
    LOADING,
    SHOWING,
    /** Loaded, and nothing matched. */
    EMPTY,
    /** The last load failed; the message names the server's reason and Retry tries again. */
    FAILED
}
