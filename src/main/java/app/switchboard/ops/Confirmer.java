package app.switchboard.ops;

import java.util.concurrent.CompletionStage;

/**
 * Asks the operator. The GUI shows a dialog and completes the stage when it closes; the command
 * line answers from its flags or a prompt. The engine may call it from a background thread.
 */
@FunctionalInterface
public interface Confirmer {
    CompletionStage<ConfirmationAnswer> confirm(ConfirmationRequest request);
}
