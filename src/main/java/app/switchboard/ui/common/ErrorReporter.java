package app.switchboard.ui.common;

/** Shows an operator what failed, in words, and logs the details. Safe to call from any thread. */
public interface ErrorReporter {
    void report(String whatFailed, Throwable error);
}
