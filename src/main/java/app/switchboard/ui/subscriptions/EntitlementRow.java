package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.FynnEntitlementGateway;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One entitlement on screen. Holds the entitlement as the server last described it; after a
 * switch it is replaced by what the server answered, and every cell re-renders from that.
 */
public final class EntitlementRow implements DetailLine {
    private final ObjectProperty<Entitlement> entitlement;
    private final BooleanProperty switching = new SimpleBooleanProperty();

    public EntitlementRow(Entitlement entitlement) {
        this.entitlement = new SimpleObjectProperty<>(Objects.requireNonNull(entitlement, "entitlement"));
    }

    public String id() {
        return entitlement.get().id();
    }

    public Entitlement entitlement() {
        return entitlement.get();
    }

    public ReadOnlyObjectProperty<Entitlement> entitlementProperty() {
        return entitlement;
    }

    public EntitlementStatus status() {
        return entitlement.get().status();
    }

    /** The switch position, read off the computed status as the change engine reads it. */
    public boolean isOn() {
        return FynnEntitlementGateway.isOn(entitlement.get());
    }

    /**
     * The state the operator sees, as the change engine reads it; null when Fynn's answer gave none
     * (no status it knows and no {@code active}): the switch then shows "state unknown", never off.
     */
    public Boolean seen() {
        return FynnEntitlementGateway.onOf(entitlement.get());
    }

    public boolean isStateUnknown() {
        return seen() == null;
    }

    /** An expired entitlement's switch means nothing any more: Fynn keeps it expired either way. */
    public boolean isSwitchable() {
        return !EntitlementStatus.EXPIRED.equals(status());
    }

    /** True while a change of this entitlement is on its way. */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching;
    }

    void setSwitching(boolean value) {
        switching.set(value);
    }

    void update(Entitlement fromServer) {
        entitlement.set(Objects.requireNonNull(fromServer, "fromServer"));
    }
}
