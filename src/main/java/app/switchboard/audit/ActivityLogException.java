package app.switchboard.audit;

/** The activity log could not be written or read; a change that cannot be recorded must be reported. */
public class ActivityLogException extends RuntimeException {
    public ActivityLogException(String message, Throwable cause) {
        super(message, cause);
    }
}
