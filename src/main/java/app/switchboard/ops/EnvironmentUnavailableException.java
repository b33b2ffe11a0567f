package app.switchboard.ops;

/** The environment cannot be reached at all; the message says why in the operator's words. */
public class EnvironmentUnavailableException extends Exception {
    public EnvironmentUnavailableException(String message) {
        super(message);
    }

    public EnvironmentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
