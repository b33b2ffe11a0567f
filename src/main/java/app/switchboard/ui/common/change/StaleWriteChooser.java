package app.switchboard.ui.common.change;

import app.switchboard.ops.StaleWrite;
import java.util.concurrent.CompletionStage;

/**
 * Asks the operator what to do when a switch changed on the server since they loaded it. Called on
 * the JavaFX thread; the application shows {@link StaleWriteDialog}, tests answer directly.
 */
@FunctionalInterface
public interface StaleWriteChooser {

    enum Choice {
        /** Show the server's current state and write nothing. */
        RELOAD,
        /** Write anyway, over the other change. */
        PROCEED
    }

    CompletionStage<Choice> choose(StaleWrite stale);
}
