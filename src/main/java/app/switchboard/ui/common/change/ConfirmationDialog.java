package app.switchboard.ui.common.change;

import app.switchboard.audit.Api;
import app.switchboard.ops.BulkCounts;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.session.EnvironmentBanner;
import app.switchboard.ui.common.session.RiskWords;
import java.time.Clock;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The question before a change: the environment in its colour, the switch in the operator's
 * words, old → new, a reason field, and buttons that are verbs. A disable gets the danger button.
 * Escape or closing the window cancels. Built and shown on the JavaFX thread by {@link FxConfirmer}.
 */
final class ConfirmationDialog extends Dialog<ConfirmationAnswer> {
    private static final int LISTED_TARGETS = 8;
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    private final ButtonType confirm;
    private final TextField reason = new TextField();
    private final CheckBox dontAskAgain = new CheckBox();
    private final ApplyAtField applyAt;

    ConfirmationDialog(ConfirmationRequest request, Messages messages, Clock clock) {
        applyAt = request.forApproval() ? new ApplyAtField(messages, clock) : null;
        String noun = request.api() == Api.FYNN ? "entitlement" : "feature";
        String verb = request.after() ? (request.api() == Api.FYNN ? "activate" : "enable")
                : (request.api() == Api.FYNN ? "deactivate" : "disable");
        int count = request.isBatch() ? request.counts().willChange() : 1;
        confirm = new ButtonType(request.isBatch()
                ? messages.get("changes.confirm.button." + verb + ".many", count)
                : messages.get("changes.confirm.button." + verb + "." + noun), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);

        setTitle(messages.get("changes.confirm.title", request.environmentName()));
        getDialogPane().getStylesheets().add(ConfirmationDialog.class.getResource(STYLESHEET).toExternalForm());
        getDialogPane().getStyleClass().add("confirmation-dialog");
        getDialogPane().setId("confirmationDialog");
        getDialogPane().setHeader(environmentBand(request, messages));
        getDialogPane().setContent(content(request, messages, verb, noun, count));
        getDialogPane().getButtonTypes().setAll(confirm, cancel);
        getDialogPane().setPrefWidth(560);

        Button confirmButton = (Button) getDialogPane().lookupButton(confirm);
        confirmButton.setId("confirmChange");
        confirmButton.setDefaultButton(!request.dangerous());
        confirmButton.getStyleClass().add(request.dangerous() ? "danger" : "accent");
        confirmButton.setAccessibleText(confirmButton.getText() + ": " + String.join(", ", request.targets().stream().map(messages::text).toList())
                + " — " + request.environmentName());
        BooleanExpression blocked = new SimpleBooleanProperty(false);
        if (request.reasonRequired()) {
            blocked = blocked.or(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        }
        if (applyAt != null) {
            blocked = blocked.or(applyAt.invalid());
        }
        confirmButton.disableProperty().bind(blocked);
        Button cancelButton = (Button) getDialogPane().lookupButton(cancel);
        cancelButton.setId("cancelChange");
        // a disable is not the default: Enter must not take a capability away by accident
        cancelButton.setDefaultButton(request.dangerous());

        setResultConverter(button -> button == confirm
                ? new ConfirmationAnswer(true, reason.getText().isBlank() ? null : reason.getText().strip(),
                        request.mayOfferDontAskAgain() && dontAskAgain.isSelected(),
                        applyAt == null ? null : applyAt.value())
                : ConfirmationAnswer.cancelled());
        setOnShown(e -> reason.requestFocus());
    }

    private static HBox environmentBand(ConfirmationRequest request, Messages messages) {
        Color colour = EnvironmentBanner.colourOf(request.environmentColour());
        String risk = RiskWords.label(request.risk(), messages);
        // "Production · Production" would say the same thing twice
        Label name = new Label(risk.equalsIgnoreCase(request.environmentName()) ? request.environmentName()
                : messages.get("changes.confirm.environment", request.environmentName(), risk));
        name.setId("confirmEnvironment");
        name.getStyleClass().add("confirm-environment-name");
        FontIcon icon = new FontIcon(MaterialDesignS.SHIELD_HALF_FULL);
        HBox band = new HBox(10, icon, name);
        band.setAlignment(Pos.CENTER_LEFT);
        band.getStyleClass().add("confirm-environment");
        String text = EnvironmentBanner.readableTextOn(colour);
        band.setStyle("-fx-background-color: " + EnvironmentBanner.toCss(colour) + "; -banner-text: " + text + ";");
        return band;
    }

    private VBox content(ConfirmationRequest request, Messages messages, String verb, String noun, int count) {
        Label question = new Label(request.isBatch()
                ? messages.get("changes.confirm.question." + verb + ".many", count)
                : messages.get("changes.confirm.question." + verb + "." + noun));
        question.getStyleClass().add("confirm-question");
        question.setWrapText(true);
        VBox box = new VBox(10, question);
        box.getStyleClass().add("confirm-content");

        if (request.isBatch()) {
            box.getChildren().add(counts(request.counts(), messages));
        }
        box.getChildren().add(targets(request.targets().stream().map(messages::text).toList(), messages));
        box.getChildren().add(transition(request, messages));
        if (request.stateUnread()) {
            Label unread = new Label(messages.get("changes.confirm.stateUnread"));
            unread.setId("confirmStateUnread");
            unread.setWrapText(true);
            box.getChildren().add(unread);
        }
        if (request.dangerous()) {
            Label warning = new Label(messages.get("changes.confirm.dangerous." + noun), new FontIcon(MaterialDesignA.ALERT));
            warning.getStyleClass().add("confirm-danger-note");
            warning.setWrapText(true);
            box.getChildren().add(warning);
        }

        reason.setId("confirmReason");
        // a label, not only a prompt: the prompt disappears once the field has the focus
        Label reasonLabel = new Label(messages.get(request.reasonRequired() ? "changes.confirm.reason.required"
                : "changes.confirm.reason.optional"));
        reasonLabel.setLabelFor(reason);
        reason.setPromptText(messages.get("changes.confirm.reason.prompt"));
        reason.setAccessibleText(reasonLabel.getText());
        reason.setMaxWidth(Double.MAX_VALUE);
        box.getChildren().add(new VBox(4, reasonLabel, reason));
        if (applyAt != null) {
            box.getChildren().add(applyAt.node());
        }
        if (request.mayOfferDontAskAgain()) {
            dontAskAgain.setText(messages.get("changes.confirm.dontAskAgain", request.environmentName()));
            dontAskAgain.setId("confirmDontAskAgain");
            box.getChildren().add(dontAskAgain);
        }
        return box;
    }

    private static Label counts(BulkCounts counts, Messages messages) {
        Label label = new Label(messages.get("changes.confirm.counts", counts.willChange(), counts.alreadyInState(),
                counts.notEligible()));
        label.setId("confirmCounts");
        label.getStyleClass().add("confirm-counts");
        label.setWrapText(true);
        return label;
    }

    private static VBox targets(List<String> targets, Messages messages) {
        VBox list = new VBox(2);
        list.setId("confirmTargets");
        targets.stream().limit(LISTED_TARGETS).forEach(t -> {
            Label line = new Label(t);
            line.getStyleClass().add("confirm-target");
            line.setWrapText(true);
            list.getChildren().add(line);
        });
        if (targets.size() > LISTED_TARGETS) {
            list.getChildren().add(new Label(messages.get("changes.confirm.andMore", targets.size() - LISTED_TARGETS)));
        }
        return list;
    }

    private static HBox transition(ConfirmationRequest request, Messages messages) {
        Label before = new Label(request.stateUnread() ? messages.get("changes.confirm.before.unknown")
                : request.before() == null ? messages.get("changes.confirm.before.mixed")
                : SwitchWords.state(request.api(), request.before(), messages));
        before.getStyleClass().add("confirm-before");
        Label after = new Label(SwitchWords.state(request.api(), request.after(), messages));
        after.getStyleClass().addAll("confirm-after", request.dangerous() ? "confirm-after-danger" : "confirm-after-safe");
        Label arrow = new Label("→");
        HBox line = new HBox(8, before, arrow, after);
        line.setId("confirmTransition");
        line.setAlignment(Pos.CENTER_LEFT);
        line.setAccessibleText(messages.get("changes.confirm.transition", before.getText(), after.getText()));
        return line;
    }
}
