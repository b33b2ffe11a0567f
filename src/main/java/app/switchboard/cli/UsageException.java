package app.switchboard.cli;

/** The command line asked for something that cannot be: exit code 2, with a message that says what to change. */
public final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
