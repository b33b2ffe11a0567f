package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.EntitlementStatus;

/**
 * How each entitlement status looks on the validity timeline, matching its {@code StatusBadge}:
 * its own icon and style class (the colour), next to the status in words, so that no two differ
 * by colour alone.
 */
public enum StatusLook {
    ACTIVE("mdi2c-check-circle", "status-active"),
    PENDING("mdi2t-timer-sand", "status-pending"),
    DISABLED("mdi2m-minus-circle-outline", "status-disabled"),
    EXPIRED("mdi2c-calendar-remove", "status-expired"),
    /** A status Fynn adds later: neutral, shown with its own word. */
    OTHER("mdi2h-help-circle-outline", "status-other");

    private final String icon;
    private final String styleClass;

    StatusLook(String icon, String styleClass) {
        this.icon = icon;
        this.styleClass = styleClass;
    }

    public static StatusLook of(EntitlementStatus status) {
        if (EntitlementStatus.ACTIVE.equals(status)) {
            return ACTIVE;
        }
        if (EntitlementStatus.PENDING.equals(status)) {
            return PENDING;
        }
        if (EntitlementStatus.DISABLED.equals(status)) {
            return DISABLED;
        }
        if (EntitlementStatus.EXPIRED.equals(status)) {
            return EXPIRED;
        }
        return OTHER;
    }

    public String icon() {
        return icon;
    }

    public String styleClass() {
        return styleClass;
    }
}
