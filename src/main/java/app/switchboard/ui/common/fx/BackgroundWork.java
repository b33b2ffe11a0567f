package app.switchboard.ui.common.fx;

/** The part of a task that runs off the JavaFX thread. It may report progress and should stop when cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
