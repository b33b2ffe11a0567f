package app.switchboard.ui.common.fx;

/** Shows an operator what failed, in words, and logs the details. Safe to call from any thread. */
public interface ErrorReporter {
    void report(String whatFailed, Throwable error);

    /** A background task failed and nobody handled it; the reporter words the heading. */
    default void couldNotFinish(String task, Throwable error) {
        report("Could not finish: " + task, error);
    }
}
