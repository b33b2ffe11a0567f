package app.switchboard.ui.entities;

/** Where the entity list stands; each state has its own look so the table is never just blank. */
public enum LoadState {
    /** No connection to the environment yet (connecting, or it is not available). */
    WAITING,
    LOADING,
    LOADED,
    /** The server or the network stopped the load; the reason is shown with a Retry. */
    FAILED,
    /** The operator stopped it, or left for another environment. */
    STOPPED
}
