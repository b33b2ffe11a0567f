package app.switchboard.sandbox;

/** The request faults the sandbox can inject. */
public enum FaultKind {
    SERVER_ERROR, UNAVAILABLE, RATE_LIMITED, HANG, RESET, TRUNCATED, HTML_ERROR
}
