package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.ui.common.Messages;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;

/** Badges for entitlement and subscription statuses: colour, icon and word together. */
final class StatusBadges {
    private StatusBadges() {
    }

    static Label entitlement(EntitlementStatus status, EntitlementTexts texts) {
        StatusLook look = StatusLook.of(status);
        return badge(texts.status(status), look.icon(), look.styleClass(), texts.messages());
    }

    static Label subscription(SubscriptionStatus status, Messages messages) {
        if (status == null) {
            return badge("—", StatusLook.OTHER.icon(), StatusLook.OTHER.styleClass(), messages);
        }
        String word = status.isKnown() ? messages.get("subscriptions.status." + status.value()) : status.value();
        return switch (status.value()) {
            case "active" -> badge(word, "mdi2c-check-circle", "status-active", messages);
            case "offer" -> badge(word, "mdi2f-file-document-outline", "status-pending", messages);
            case "paused" -> badge(word, "mdi2p-pause-circle-outline", "status-disabled", messages);
            case "cancelled", "terminated" -> badge(word, "mdi2c-close-circle-outline", "subscription-danger", messages);
            case "draft" -> badge(word, "mdi2p-pencil-outline", "status-expired", messages);
            default -> badge(word, StatusLook.OTHER.icon(), StatusLook.OTHER.styleClass(), messages);
        };
    }

    private static Label badge(String word, String icon, String styleClass, Messages messages) {
        Label badge = new Label(word, new FontIcon(icon));
        badge.getStyleClass().addAll("status-badge", styleClass);
        badge.setAccessibleText(messages.get("subscriptions.entitlement.status.accessible", word));
        return badge;
    }
}
