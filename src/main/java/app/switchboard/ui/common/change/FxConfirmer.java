package app.switchboard.ui.common.change;

import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.ops.Confirmer;
import app.switchboard.ui.common.fx.Messages;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.application.Platform;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The change engine's {@link Confirmer} in the GUI. The engine calls it from a background thread
 * and waits on the returned stage; the dialog itself is built and shown on the JavaFX thread, which
 * never waits. Called on the JavaFX thread (tests with same-thread tasks), it shows the dialog in a
 * nested event loop and returns the answer already complete. Views do not call it directly: the
 * engine asks when its policy says so. {@code AppContext} provides one.
 */
public final class FxConfirmer implements Confirmer {
    private final Messages messages;
    private final Clock clock;

    public FxConfirmer(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    /** @param clock the operator's time zone and "now", for a change request's apply-at time */
    public FxConfirmer(Messages messages, Clock clock) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public CompletionStage<ConfirmationAnswer> confirm(ConfirmationRequest request) {
        CompletableFuture<ConfirmationAnswer> answer = new CompletableFuture<>();
        if (Platform.isFxApplicationThread()) {
            answer.complete(dialogFor(request).showAndWait().orElse(ConfirmationAnswer.cancelled()));
            return answer;
        }
        Platform.runLater(() -> {
            try {
                ConfirmationDialog dialog = dialogFor(request);
                dialog.setOnHidden(e -> answer.complete(
                        Optional.ofNullable(dialog.getResult()).orElse(ConfirmationAnswer.cancelled())));
                dialog.show();
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    private ConfirmationDialog dialogFor(ConfirmationRequest request) {
        ConfirmationDialog dialog = new ConfirmationDialog(request, messages, clock);
        mainWindow().ifPresent(owner -> {
            dialog.initOwner(owner);
            dialog.initModality(Modality.WINDOW_MODAL);
        });
        return dialog;
    }

    /** The console's window, so the dialog sits over it and blocks it until answered. */
    static Optional<Window> mainWindow() {
        return Window.getWindows().stream()
                .filter(Window::isShowing)
                .filter(Stage.class::isInstance)
                .filter(w -> ((Stage) w).getOwner() == null)
                .findFirst();
    }
}
