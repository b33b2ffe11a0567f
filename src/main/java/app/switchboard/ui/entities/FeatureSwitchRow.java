package app.switchboard.ui.entities;

import app.switchboard.audit.Api;
import app.switchboard.ui.common.change.UnknownStateActions;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.FeatureState;
import app.switchboard.ui.common.table.StatusBadge;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.ToggleSwitch;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * One feature in the detail panel: name, status badge (icon and words, never colour alone), the
 * switch, and below them the server's refusal or why the feature does not apply. The switch
 * follows the {@link FeatureRow}; a flip by the operator is handed to {@code onFlip}.
 */
final class FeatureSwitchRow extends VBox {
    private final FeatureRow row;
    private final Messages messages;
    private final String entityName;
    private final ToggleSwitch toggle = new ToggleSwitch();
    private final StatusBadge badge = new StatusBadge();
    private final Label reason = new Label();
    private boolean following;

    private final StackPane guarded;
    private final HBox explicit;

    FeatureSwitchRow(FeatureRow row, String entityName, Messages messages, BiConsumer<FeatureRow, Boolean> onFlip,
                     WriteAccess writeAccess) {
        this.row = row;
        this.messages = messages;
        this.entityName = entityName;
        getStyleClass().add("entity-feature");
        Label name = new Label(row.feature());
        name.getStyleClass().add("entity-feature-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        badge.setId("featureStatus-" + row.feature());
        toggle.setId("featureSwitch-" + row.feature());
        toggle.setFocusTraversable(true);
        reason.setId("featureReason-" + row.feature());
        reason.getStyleClass().add("entity-feature-reason");
        reason.setWrapText(true);
        // the guard disables the switch while DER Connect is read-only here; this row disables it while not switchable
        guarded = writeAccess.guard(toggle, Api.DER_CONNECT);
        // a state the server did not give has no switch position: explicit actions instead
        explicit = new HBox(6);
        explicit.getChildren().setAll(UnknownStateActions.of("featureSwitch", row.feature(), row.feature(), entityName,
                messages, writeAccess, Api.DER_CONNECT, on -> onFlip.accept(row, on)));
        explicit.setAlignment(Pos.CENTER_LEFT);
        // on a line of their own: two buttons beside the name would push the panel wider than its share
        HBox line = new HBox(10, name, gap, guarded);
        line.setAlignment(Pos.CENTER_LEFT);
        name.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(line, explicit, badge, reason);
        toggle.selectedProperty().addListener((obs, was, now) -> {
            if (!following && (now != row.isOn() || row.isStateUnknown())) {
                onFlip.accept(row, now);
            }
        });
        row.onProperty().addListener((obs, was, now) -> follow());
        row.statusProperty().addListener((obs, was, now) -> follow());
        row.reasonProperty().addListener((obs, was, now) -> follow());
        follow();
    }

    private void follow() {
        following = true;
        try {
            toggle.setSelected(row.isOn());
        } finally {
            following = false;
        }
        guarded.setDisable(!row.isSwitchable());
        boolean unknown = row.isStateUnknown();
        guarded.setVisible(!unknown);
        guarded.setManaged(!unknown);
        explicit.setVisible(unknown);
        explicit.setManaged(unknown);
        explicit.setDisable(!row.isSwitchable());
        FeatureStatus status = row.status();
        if (status == FeatureStatus.NOT_APPLICABLE) {
            badge.show(messages.get("entities.feature.status.NOT_APPLICABLE"), MaterialDesignC.CANCEL, StatusBadge.Tone.NEUTRAL);
        } else if (status == FeatureStatus.STATE_UNKNOWN) {
            badge.showStateUnknown(messages);
        } else if (status == FeatureStatus.NOT_APPLIED) {
            badge.show(messages.get("entities.feature.status.NOT_APPLIED"), MaterialDesignA.ALERT, StatusBadge.Tone.DANGER);
        } else if (status == FeatureStatus.AWAITING_APPROVAL) {
            badge.show(messages.get("entities.feature.status.AWAITING_APPROVAL"), MaterialDesignC.CLOCK_OUTLINE,
                    StatusBadge.Tone.WARNING);
        } else {
            badge.showFeature(switch (status) {
                case ENABLED -> FeatureState.ENABLED;
                case DISABLED -> FeatureState.DISABLED;
                case CHANGING -> FeatureState.CHANGING;
                case REFUSED -> FeatureState.REFUSED;
                default -> FeatureState.UNKNOWN;
            }, null, messages);
        }
        String words = badge.words();
        String why = row.reasonProperty().get();
        reason.setText(why == null ? "" : why);
        reason.setVisible(why != null);
        reason.setManaged(why != null);
        reason.getStyleClass().remove("danger");
        if (status == FeatureStatus.REFUSED || status == FeatureStatus.NOT_APPLIED) {
            reason.getStyleClass().add("danger");
        }
        String state = status == FeatureStatus.REFUSED ? messages.get("entities.feature.refusedBecause", why)
                : status == FeatureStatus.AWAITING_APPROVAL ? words + ": " + why : words;
        badge.setAccessibleText(row.feature() + ": " + state);
        badge.setTooltip(why == null ? null : new javafx.scene.control.Tooltip(why));
        String position = unknown ? messages.get("changes.badge.stateUnknown")
                : row.isOn() ? messages.get("common.on") : messages.get("common.off");
        toggle.setAccessibleText(messages.get("entities.feature.switch.accessible", row.feature(), entityName,
                unknown ? state : position + ", " + state));
    }
}
