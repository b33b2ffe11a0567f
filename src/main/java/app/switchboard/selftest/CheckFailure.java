package app.switchboard.selftest;

/** A check got an answer, but not the expected one; the message says what it saw. */
final class CheckFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CheckFailure(String message) {
        super(message);
    }
}
