package app.switchboard.ui.common.fx;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Describes one piece of background work before it starts. Callbacks run on the JavaFX thread
 * (or the caller's thread with {@link TaskRunner#sameThread}). Without {@link #onFailure}, a
 * failure goes to the error dialog.
 */
public final class TaskBuilder<T> {
    private final TaskRunner runner;
    private final String title;
    private final BackgroundWork<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private boolean cancellable = true;

    TaskBuilder(TaskRunner runner, String title, BackgroundWork<T> work) {
        this.runner = runner;
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public TaskBuilder<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    public TaskBuilder<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public TaskBuilder<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Work that must not be stopped halfway (a write, for example) hides the cancel button. */
    public TaskBuilder<T> notCancellable() {
        this.cancellable = false;
        return this;
    }

    public RunningTask start() {
        return runner.start(this);
    }

    String title() {
        return title;
    }

    BackgroundWork<T> work() {
        return work;
    }

    Consumer<? super T> successHandler() {
        return onSuccess;
    }

    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelHandler() {
        return onCancelled;
    }

    boolean cancellable() {
        return cancellable;
    }
}
