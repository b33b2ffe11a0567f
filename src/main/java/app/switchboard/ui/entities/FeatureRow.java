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

    /** The operator may flip it: it applies and no change is on its way. */
    public boolean isSwitchable() {
        return isApplicable() && status.get() != FeatureStatus.CHANGING;
    }

    void serverSays(boolean enabled) {
        on.set(enabled);
        status.set(isApplicable() ? (enabled ? FeatureStatus.ENABLED : FeatureStatus.DISABLED) : FeatureStatus.NOT_APPLICABLE);
        reason.set(notApplicable);
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
    void refused(boolean stillOn, String why) {
        on.set(stillOn);
        status.set(FeatureStatus.REFUSED);
        reason.set(why);
    }
}
