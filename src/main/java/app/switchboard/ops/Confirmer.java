package app.switchboard.ops;

import java.util.concurrent.CompletionStage;

/**
 * Asks the operator. The GUI shows a dialog and completes the stage when it closes; the command
 * line answers from its flags or a prompt. The engine may call it from a background thread.
 */
@FunctionalInterface
public interface Confirmer {
    CompletionStage<ConfirmationAnswer> confirm(ConfirmationRequest request);

    /** Always gives the same answer, e.g. the command line's {@code --yes --reason "..."}. */
    static Confirmer answering(ConfirmationAnswer answer) {
        return request -> java.util.concurrent.CompletableFuture.completedFuture(answer);
    }
}
