package app.switchboard.ui.common.change;

import app.switchboard.ops.StaleWrite;
import app.switchboard.ui.common.fx.Messages;
import java.util.concurrent.CompletableFuture;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * "Changed since you loaded it: was X, now Y" with Reload (the default, and what Escape does) and
 * Proceed anyway.
 */
public final class StaleWriteDialog extends Dialog<StaleWriteChooser.Choice> {
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    public StaleWriteDialog(StaleWrite stale, Messages messages) {
        var api = stale.request().target().api();
        String was = SwitchWords.state(api, stale.wasOn(), messages);
        String now = SwitchWords.state(api, stale.nowOn(), messages);
        ButtonType reload = new ButtonType(messages.get("changes.stale.reload"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType proceed = new ButtonType(messages.get("changes.stale.proceed"), ButtonBar.ButtonData.OTHER);
        setTitle(messages.get("changes.stale.title"));
        getDialogPane().getStylesheets().add(StaleWriteDialog.class.getResource(STYLESHEET).toExternalForm());
        getDialogPane().setId("staleWriteDialog");
        getDialogPane().setHeaderText(messages.get("changes.stale.heading"));
        getDialogPane().setGraphic(new FontIcon(MaterialDesignA.ALERT_OUTLINE));
        Label target = new Label(messages.text(stale.request().target().name()));
        target.getStyleClass().add("confirm-target");
        target.setWrapText(true);
        Label what = new Label(messages.get("changes.stale.message", was, now,
                stale.request().target().environment().name()));
        what.setId("staleWriteMessage");
        what.setWrapText(true);
        Label hint = new Label(messages.get("changes.stale.hint", SwitchWords.state(api, stale.request().desiredOn(), messages)));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        getDialogPane().setContent(new VBox(10, target, what, hint));
        getDialogPane().getButtonTypes().setAll(reload, proceed);
        getDialogPane().setPrefWidth(520);
        Button reloadButton = (Button) getDialogPane().lookupButton(reload);
        reloadButton.setId("staleReload");
        reloadButton.setDefaultButton(true);
        Button proceedButton = (Button) getDialogPane().lookupButton(proceed);
        proceedButton.setId("staleProceed");
        proceedButton.getStyleClass().add("danger");
        setResultConverter(button -> button == proceed ? StaleWriteChooser.Choice.PROCEED : StaleWriteChooser.Choice.RELOAD);
    }

    /** The chooser the application uses: this dialog over the main window. */
    public static StaleWriteChooser chooser(Messages messages) {
        return stale -> {
            CompletableFuture<StaleWriteChooser.Choice> choice = new CompletableFuture<>();
            StaleWriteDialog dialog = new StaleWriteDialog(stale, messages);
            FxConfirmer.mainWindow().ifPresent(owner -> {
                dialog.initOwner(owner);
                dialog.initModality(Modality.WINDOW_MODAL);
            });
            dialog.setOnHidden(e -> choice.complete(dialog.getResult() == null
                    ? StaleWriteChooser.Choice.RELOAD : dialog.getResult()));
            dialog.show();
            return choice;
        };
    }
}
