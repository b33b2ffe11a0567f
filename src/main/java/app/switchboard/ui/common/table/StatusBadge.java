package app.switchboard.ui.common.table;

import app.switchboard.audit.OutcomeKind;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.FeatureState;
import java.util.List;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * A small pill with an icon, words and a colour: never colour alone, and its accessible text is
 * the status in words. Usable from FXML ({@code <StatusBadge fx:id="badge"/>}) and in table cells.
 *
 * <pre>{@code
 * badge.showFeature(FeatureState.REFUSED, "battery capacity missing", messages); // DER feature
 * badge.showEntitlement(entitlement.status(), messages);                          // Fynn status
 * badge.showOutcome(OutcomeKind.SUCCEEDED, messages);                             // activity log
 * badge.show("Online", MaterialDesignW.WIFI, Tone.SUCCESS);                       // anything else
 * }</pre>
 * Texts come from the {@code common.changes} bundle ({@code changes.badge.*}).
 */
public class StatusBadge extends Label {
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    /** The colour family; each maps to an AtlantaFX accent colour. */
    public enum Tone {
        SUCCESS, WARNING, DANGER, ACCENT, NEUTRAL;

        String styleClass() {
            return "badge-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final FontIcon icon = new FontIcon();

    public StatusBadge() {
        getStyleClass().add("status-badge");
        getStylesheets().add(StatusBadge.class.getResource(STYLESHEET).toExternalForm());
        setGraphic(icon);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinWidth(USE_PREF_SIZE);
    }

    /** Shows any status; {@code words} is also what a screen reader says. */
    public void show(String words, Ikon iconCode, Tone tone) {
        setText(words);
        icon.setIconCode(iconCode);
        getStyleClass().removeAll(List.of(Tone.values()).stream().map(Tone::styleClass).toList());
        getStyleClass().add(tone.styleClass());
        setAccessibleText(words);
        setTooltip(null);
    }

    /** The current words, as shown and as read aloud. */
    public String words() {
        return getText();
    }

    /** A DER feature's state; {@code detail} is the refusal reason for {@link FeatureState#REFUSED}. */
    public void showFeature(FeatureState state, String detail, Messages messages) {
        switch (state) {
            case ENABLED -> show(messages.get("changes.badge.enabled"), MaterialDesignC.CHECK_CIRCLE, Tone.SUCCESS);
            case DISABLED -> show(messages.get("changes.badge.disabled"), MaterialDesignM.MINUS_CIRCLE_OUTLINE, Tone.NEUTRAL);
            case CHANGING -> show(messages.get("changes.badge.changing"), MaterialDesignP.PROGRESS_CLOCK, Tone.ACCENT);
            case REFUSED -> show(detail == null || detail.isBlank() ? messages.get("changes.badge.refused")
                    : messages.get("changes.badge.refusedBecause", detail), MaterialDesignA.ALERT_CIRCLE, Tone.DANGER);
            case UNKNOWN -> show(messages.get("changes.badge.unknown"), MaterialDesignH.HELP_CIRCLE_OUTLINE, Tone.NEUTRAL);
        }
        if (state == FeatureState.REFUSED && detail != null && !detail.isBlank()) {
            setTooltip(new Tooltip(detail));
        }
    }

    /**
     * A switch whose state the server did not give (no state in its answer, or no read offered):
     * neither on nor off. The same look and words for DER features and Fynn entitlements.
     */
    public void showStateUnknown(Messages messages) {
        show(messages.get("changes.badge.stateUnknown"), MaterialDesignH.HELP_CIRCLE, Tone.WARNING);
    }

    /** A Fynn entitlement's computed status; a status Fynn adds later is shown as sent, neutral. */
    public void showEntitlement(EntitlementStatus status, Messages messages) {
        if (EntitlementStatus.ACTIVE.equals(status)) {
            show(messages.get("changes.badge.active"), MaterialDesignC.CHECK_CIRCLE, Tone.SUCCESS);
        } else if (EntitlementStatus.PENDING.equals(status)) {
            show(messages.get("changes.badge.pending"), MaterialDesignT.TIMER_SAND, Tone.ACCENT);
        } else if (EntitlementStatus.DISABLED.equals(status)) {
            show(messages.get("changes.badge.inactive"), MaterialDesignM.MINUS_CIRCLE_OUTLINE, Tone.WARNING);
        } else if (EntitlementStatus.EXPIRED.equals(status)) {
            show(messages.get("changes.badge.expired"), MaterialDesignC.CALENDAR_REMOVE, Tone.DANGER);
        } else {
            show(status == null ? messages.get("changes.badge.unknown") : status.value(),
                    MaterialDesignH.HELP_CIRCLE_OUTLINE, Tone.NEUTRAL);
        }
    }

    /** How a recorded change ended. */
    public void showOutcome(OutcomeKind kind, Messages messages) {
        switch (kind) {
            case SUCCEEDED -> show(messages.get("changes.badge.succeeded"), MaterialDesignC.CHECK_CIRCLE, Tone.SUCCESS);
            case REFUSED -> show(messages.get("changes.badge.refused"), MaterialDesignM.MINUS_CIRCLE, Tone.WARNING);
            case FAILED -> show(messages.get("changes.badge.failed"), MaterialDesignA.ALERT_OCTAGON, Tone.DANGER);
            case CANCELLED -> show(messages.get("changes.badge.cancelled"), MaterialDesignS.STOP_CIRCLE_OUTLINE, Tone.NEUTRAL);
            case NOT_APPLIED -> show(messages.get("changes.badge.notApplied"), MaterialDesignA.ALERT, Tone.DANGER);
        }
    }
}
