package app.switchboard.ui.common.notice;

import app.switchboard.client.KnownSecrets;
import app.switchboard.ui.common.fx.ErrorReporter;
import app.switchboard.ui.common.fx.Messages;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error dialog: what failed as the heading, the reason in words, the stack trace only behind
 * "Show details". Also the handler for exceptions nobody caught, so they reach the operator and
 * the log instead of a console nobody reads. While one error dialog is open, later errors are
 * logged and counted in it rather than stacking up dialogs.
 */
public final class ErrorDialogs implements ErrorReporter, Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final Path logFolder;
    private final Messages messages;
    private final KnownSecrets secrets;
    private Alert open;
    private int laterErrors;

    public ErrorDialogs(Path logFolder, Messages messages) {
        this(logFolder, messages, new KnownSecrets());
    }

    /** @param secrets the process's redactor: the reason and the details mask every secret it knows */
    public ErrorDialogs(Path logFolder, Messages messages, KnownSecrets secrets) {
        this.logFolder = logFolder;
        this.messages = messages;
        this.secrets = secrets;
    }

    /** Catches what escapes any thread, including the JavaFX thread; call on the JavaFX thread. */
    public void installAsUncaughtHandler() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(messages.get("errors.uncaught"), error);
    }

    @Override
    public void couldNotFinish(String task, Throwable error) {
        report(messages.get("errors.couldNotFinish", task), error);
    }

    @Override
    public void report(String whatFailed, Throwable error) {
        LOG.error("{}", whatFailed, error);
        try {
            if (Platform.isFxApplicationThread()) {
                show(whatFailed, error);
            } else {
                Platform.runLater(() -> show(whatFailed, error));
            }
        } catch (IllegalStateException toolkitNotRunning) {
            LOG.debug("No window to show the error in; it is in the log only");
        }
    }

    private void show(String whatFailed, Throwable error) {
        if (open != null && open.isShowing()) {
            laterErrors++;
            open.setContentText(contentText(reason(error)));
            return;
        }
        laterErrors = 0;
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
        alert.setTitle(messages.get("errors.title"));
        alert.setHeaderText(whatFailed);
        alert.setContentText(contentText(reason(error)));
        alert.getDialogPane().setExpandableContent(detailsPane(error));
        alert.getDialogPane().setAccessibleText(whatFailed);
        alert.getDialogPane().getStyleClass().add("error-dialog");
        alert.getDialogPane().setPrefWidth(560);
        alert.setResizable(true);
        Window.getWindows().stream()
                .filter(Window::isShowing)
                .filter(Stage.class::isInstance)
                .findFirst()
                .ifPresent(alert::initOwner);
        diagnosticOf(error).ifPresent(report -> {
            ButtonType copy = new ButtonType(messages.get("errors.copyDiagnostic"), javafx.scene.control.ButtonBar.ButtonData.LEFT);
            alert.getButtonTypes().add(0, copy);
            javafx.scene.control.Button button = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(copy);
            button.setId("copyDiagnostic");
            // copying must not close the dialog: the operator may still want to read it
            button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
                content.putString(report);
                javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            });
        });
        open = alert;
        alert.setOnHidden(e -> open = null);
        alert.show();
    }

    /** The vendor's diagnostic report when the failure suggests a contract difference, secrets masked. */
    java.util.Optional<String> diagnosticOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof app.switchboard.client.ApiException api && api.diagnostic().isPresent()) {
                return java.util.Optional.of(secrets.mask(api.diagnostic().get().text()));
            }
        }
        return java.util.Optional.empty();
    }

    /** The reason as the dialog shows it, with every known secret masked. */
    String reason(Throwable error) {
        return ErrorText.reason(error, messages, secrets::mask);
    }

    /** The details as the dialog shows them, with every known secret masked. */
    String details(Throwable error) {
        return ErrorText.details(error, secrets::mask);
    }

    private String contentText(String reason) {
        String more = laterErrors == 0 ? "" : "\n\n" + messages.get("errors.laterErrors", laterErrors);
        return reason + more + "\n\n" + messages.get("errors.logFolder", logFolder.toString());
    }

    private VBox detailsPane(Throwable error) {
        TextArea trace = new TextArea(details(error));
        trace.setEditable(false);
        trace.setWrapText(false);
        trace.setPrefRowCount(14);
        trace.getStyleClass().add("error-details");
        VBox.setVgrow(trace, Priority.ALWAYS);
        VBox box = new VBox(6, new Label(messages.get("errors.details")), trace);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
