package app.switchboard.ui.settings;

import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.ui.common.fx.Messages;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The GUI's {@link PassphrasePrompt}: called from a background thread, it shows a modal dialog on
 * the FX thread and waits for the answer there, so the window stays responsive meanwhile.
 */
public final class FxPassphrasePrompt implements PassphrasePrompt {
    private final Messages messages;

    public FxPassphrasePrompt(Messages messages) {
        this.messages = messages;
    }

    @Override
    public char[] existingPassphrase(String location, boolean previousWasWrong) {
        return ask(() -> PassphraseDialog.existing(messages, location, previousWasWrong));
    }

    @Override
    public char[] newPassphrase(String location) {
        return ask(() -> PassphraseDialog.creating(messages, location));
    }

    private static char[] ask(Supplier<PassphraseDialog> dialog) {
        if (Platform.isFxApplicationThread()) {
            // showAndWait runs a nested event loop, so the window still repaints
            return dialog.get().showAndWait().orElse(null);
        }
        CompletableFuture<char[]> answer = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    answer.complete(dialog.get().showAndWait().orElse(null));
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
            });
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The passphrase dialog failed", e.getCause());
        } catch (IllegalStateException toolkitNotRunning) {
            return null;
        }
    }
}
