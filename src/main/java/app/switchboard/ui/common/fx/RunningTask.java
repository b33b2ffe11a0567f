package app.switchboard.ui.common.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A task that has been started: its title, progress and message for the status bar, and a way to
 * cancel it. Properties change on the delivery thread (the JavaFX thread in the application).
 */
public final class RunningTask {
    private final String title;
    private final boolean cancellable;
    private final Executor deliver;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<double[]> pendingProgress = new AtomicReference<>();
    private final AtomicReference<String> pendingMessage = new AtomicReference<>("");
    private volatile Future<?> future;
    private volatile boolean interruptOnCancel;

    RunningTask(String title, boolean cancellable, Executor deliver) {
        this.title = title;
        this.cancellable = cancellable;
        this.deliver = deliver;
    }

    public String title() {
        return title;
    }

    public boolean isCancellable() {
        return cancellable;
    }

    /** Between 0 and 1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /**
     * Asks the work to stop. The task's cancel handler runs at once; the work itself stops when it
     * next checks {@link Progress#isCancelled()} or is interrupted, and its result is dropped.
     */
    public void cancel() {
        if (!cancellable || !cancelled.compareAndSet(false, true)) {
            return;
        }
        Future<?> f = future;
        if (f != null) {
            f.cancel(interruptOnCancel);
        }
    }

    void attach(Future<?> future, boolean interruptOnCancel) {
        this.interruptOnCancel = interruptOnCancel;
        this.future = future;
    }

    /**
     * Progress from the worker: only the newest value is handed to the delivery thread, so a
     * chatty task cannot flood the JavaFX event queue.
     */
    Progress progressSink() {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                double fraction = total > 0 ? Math.min(1.0, (double) done / total) : -1;
                pendingMessage.set(text == null ? "" : text);
                if (pendingProgress.getAndSet(new double[] {fraction}) == null) {
                    deliver.execute(() -> {
                        double[] latest = pendingProgress.getAndSet(null);
                        progress.set(latest[0]);
                        message.set(pendingMessage.get());
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }
}
