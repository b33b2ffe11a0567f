package app.switchboard.ui.common;

/** How the console stands with one API of the current environment, in the words the status bar uses. */
public enum ConnectionState {
    NOT_CONNECTED("not connected"),
    CONNECTING("connecting…"),
    CONNECTED("connected"),
    UNAVAILABLE("not available"),
    FAILED("connection failed");

    private final String words;

    ConnectionState(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    public boolean isProblem() {
        return this == UNAVAILABLE || this == FAILED;
    }
}
