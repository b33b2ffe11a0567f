package app.switchboard.ui.common.session;

import app.switchboard.ui.common.fx.Messages;

/** How the console stands with one API of the current environment, in the words the status bar uses. */
public enum ConnectionState {
    NOT_CONNECTED("shell.state.notConnected"),
    CONNECTING("shell.state.connecting"),
    CONNECTED("shell.state.connected"),
    UNAVAILABLE("shell.state.unavailable"),
    FAILED("shell.state.failed");

    private final String key;

    ConnectionState(String key) {
        this.key = key;
    }

    /** The status bar's words for the state, in the operator's language. */
    public String words(Messages messages) {
        return messages.get(key);
    }

    public boolean isProblem() {
        return this == UNAVAILABLE || this == FAILED;
    }
}
