package app.switchboard.ui.entities;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One feature of the selected entity: the switch position (the server's last answer), the badge,
 * and the reason when the server refused or the feature does not apply. Used on the JavaFX thread.
 */
public final class FeatureRow {
    private final String feature;
    private final String notApplicable;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final ObjectProperty<FeatureStatus> status = new SimpleObjectProperty<>(FeatureStatus.UNKNOWN);
    private final StringProperty reason = new SimpleStringProperty();
    private boolean reportedUnknown;

    /** @param notApplicable why the feature does not apply to the entity, or null when it does */
    FeatureRow(String feature, String notApplicable) {
        this.feature = feature;
        this.notApplicable = notApplicable;
        if (notApplicable != null) {
            status.set(FeatureStatus.NOT_APPLICABLE);
            reason.set(notApplicable);
        }
    }

    public String feature() {
        return feature;
    }

    public boolean isApplicable() {
        return notApplicable == null;
    }

    /** The switch position: what the server last said (off while unknown). */
    public ReadOnlyBooleanProperty onProperty() {
        return on;
    }

    public boolean isOn() {
        return on.get();
    }

    public ReadOnlyObjectProperty<FeatureStatus> statusProperty() {
        return status;
    }

    public FeatureStatus status() {
        return status.get();
    }

    /** The server's refusal, or why the feature does not apply; null otherwise. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason;
    }

    /** The server gave no state for it: the switch shows neither on nor off. */
    public boolean isStateUnknown() {
        return status.get() == FeatureStatus.STATE_UNKNOWN
                || (status.get() == FeatureStatus.NOT_APPLIED && reportedUnknown);
    }

    /** What the operator saw before a flip: the position, or null when the state is unknown. */
    Boolean seen() {
        return isStateUnknown() ? null : on.get();
    }

    /** The operator may flip it: it applies and no change is on its way. */
    /** Not while a change is on its way, nor while an open change request holds it (it waits for that decision). */
    public boolean isSwitchable() {
        return isApplicable() && status.get() != FeatureStatus.CHANGING && status.get() != FeatureStatus.AWAITING_APPROVAL;
    }

    /** The server's state; null (it did not say) shows "state unknown", never off. */
    void serverSays(Boolean enabled) {
        if (enabled == null) {
            stateUnknown(null);
            return;
        }
        reportedUnknown = false;
        on.set(enabled);
        status.set(isApplicable() ? (enabled ? FeatureStatus.ENABLED : FeatureStatus.DISABLED) : FeatureStatus.NOT_APPLICABLE);
        reason.set(notApplicable);
    }

    /** @param why what the operator should know about it, e.g. that the server offers no read; may be null */
    void stateUnknown(String why) {
        reportedUnknown = true;
        on.set(false);
        status.set(isApplicable() ? FeatureStatus.STATE_UNKNOWN : FeatureStatus.NOT_APPLICABLE);
        reason.set(isApplicable() ? why : notApplicable);
    }

    /** The server answered the change with another state (or none): the switch shows that answer, the words why. */
    void notApplied(Boolean answered, String why) {
        reportedUnknown = answered == null;
        on.set(Boolean.TRUE.equals(answered));
        status.set(FeatureStatus.NOT_APPLIED);
        reason.set(why);
    }

    void unknown() {
        status.set(isApplicable() ? FeatureStatus.UNKNOWN : FeatureStatus.NOT_APPLICABLE);
    }

    /** The click shows at once; the switch already stands where the operator put it. */
    void changing(boolean desired) {
        on.set(desired);
        status.set(FeatureStatus.CHANGING);
        reason.set(null);
    }

    /** Sent for approval instead of to the server: the switch stays as the server has it, with the request beside it. */
    void awaitingApproval(boolean stillOn, String words) {
        on.set(stillOn);
        status.set(FeatureStatus.AWAITING_APPROVAL);
        reason.set(words);
    }

    /** The server said no: the switch goes back to where it was, with the server's words beside it. */
    void refused(Boolean stillOn, String why) {
        reportedUnknown = stillOn == null;
        on.set(Boolean.TRUE.equals(stillOn));
        status.set(FeatureStatus.REFUSED);
        reason.set(why);
    }
}
