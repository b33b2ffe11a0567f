package app.switchboard.ui.common.fx;

import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Where results meant for the screen are delivered: at once on the JavaFX thread, else queued to it. */
public final class FxThread {
    private FxThread() {
    }

    /** Runs on the JavaFX thread: directly when already there, otherwise through {@link Platform#runLater}. */
    public static Executor executor() {
        return task -> {
            if (Platform.isFxApplicationThread()) {
                task.run();
            } else {
                Platform.runLater(task);
            }
        };
    }
}
