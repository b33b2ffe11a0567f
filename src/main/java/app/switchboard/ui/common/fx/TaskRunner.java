package app.switchboard.ui.common.fx;

import app.switchboard.ui.common.fx.ErrorReporter;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work off the JavaFX thread and hands results back on it. The application uses a bounded
 * pool ({@link #onFxThread}); tests use {@link #sameThread}, where work and callbacks run at once
 * on the calling thread, so a test reads the outcome on the next line without waiting.
 */
public final class TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor workers;
    private final Executor deliver;
    private final boolean interruptOnCancel;
    private final ErrorReporter errors;
    private final ObservableList<RunningTask> running = FXCollections.observableArrayList();
    private final ObservableList<RunningTask> runningView = FXCollections.unmodifiableObservableList(running);

    TaskRunner(Executor workers, Executor deliver, boolean interruptOnCancel, ErrorReporter errors) {
        this.workers = workers;
        this.deliver = deliver;
        this.interruptOnCancel = interruptOnCancel;
        this.errors = errors;
    }

    public static TaskRunner onFxThread(Executor workers, ErrorReporter errors) {
        return new TaskRunner(workers, Platform::runLater, true, errors);
    }

    public static TaskRunner sameThread(ErrorReporter errors) {
        return new TaskRunner(Runnable::run, Runnable::run, false, errors);
    }

    /** Work handed to {@code workers} (a queue a test drains when it chooses), results delivered at once. */
    public static TaskRunner deferred(Executor workers, ErrorReporter errors) {
        return new TaskRunner(workers, Runnable::run, false, errors);
    }

    public <T> TaskBuilder<T> task(String title, BackgroundWork<T> work) {
        return new TaskBuilder<>(this, title, work);
    }

    /** Tasks that have started and not yet finished, oldest first; changes on the delivery thread. */
    public ObservableList<RunningTask> running() {
        return runningView;
    }

    <T> RunningTask start(TaskBuilder<T> spec) {
        RunningTask task = new RunningTask(spec.title(), spec.cancellable(), deliver);
        deliver.execute(() -> running.add(task));
        FutureTask<Void> job = new FutureTask<>(() -> execute(spec, task), null) {
            @Override
            protected void done() {
                // cancelled before it ran, or interrupted while running
                if (isCancelled()) {
                    deliver.execute(() -> finishCancelled(spec, task));
                }
            }
        };
        task.attach(job, interruptOnCancel);
        try {
            workers.execute(job);
        } catch (RejectedExecutionException e) {
            deliver.execute(() -> finishWithFailure(spec, task, new IllegalStateException(
                    "Too much background work is waiting; try again in a moment.", e)));
        }
        return task;
    }

    private <T> void execute(TaskBuilder<T> spec, RunningTask task) {
        try {
            T result = spec.work().run(task.progressSink());
            deliver.execute(() -> {
                if (task.isCancelled()) {
                    finishCancelled(spec, task);
                } else if (running.remove(task)) {
                    spec.successHandler().accept(result);
                }
            });
        } catch (Throwable failure) {
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            deliver.execute(() -> {
                if (task.isCancelled() || failure instanceof CancellationException) {
                    finishCancelled(spec, task);
                } else {
                    finishWithFailure(spec, task, failure);
                }
            });
        }
    }

    /** Each task finishes once: whichever path removes it from the list runs its handler. */
    private <T> void finishCancelled(TaskBuilder<T> spec, RunningTask task) {
        if (running.remove(task)) {
            spec.cancelHandler().run();
        }
    }

    private <T> void finishWithFailure(TaskBuilder<T> spec, RunningTask task, Throwable failure) {
        if (!running.remove(task)) {
            return;
        }
        if (spec.failureHandler() == null) {
            errors.couldNotFinish(spec.title(), failure);
        } else {
            // the caller handles it (often as an expected state); the trace only matters when debugging
            LOG.info("'{}' did not succeed: {}", spec.title(), app.switchboard.client.Redaction.scrubPatterns(String.valueOf(failure)));
            LOG.debug("Details of '{}'", spec.title(), failure);
            spec.failureHandler().accept(failure);
        }
    }
}
