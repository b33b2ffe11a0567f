package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.StatusBadge;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** {@link StatusBadge}s for entitlement and subscription statuses: colour, icon and word together. */
final class StatusBadges {
    private StatusBadges() {
    }

    static StatusBadge entitlement(EntitlementStatus status, Messages messages) {
        StatusBadge badge = new StatusBadge();
        badge.showEntitlement(status, messages);
        return badge;
    }

    static StatusBadge subscription(SubscriptionStatus status, Messages messages) {
        StatusBadge badge = new StatusBadge();
        if (status == null) {
            badge.show("—", MaterialDesignH.HELP_CIRCLE_OUTLINE, StatusBadge.Tone.NEUTRAL);
            return badge;
        }
        String word = status.isKnown() ? messages.get("subscriptions.status." + status.value()) : status.value();
        switch (status.value()) {
            case "active" -> badge.show(word, MaterialDesignC.CHECK_CIRCLE, StatusBadge.Tone.SUCCESS);
            case "offer" -> badge.show(word, MaterialDesignF.FILE_DOCUMENT_OUTLINE, StatusBadge.Tone.ACCENT);
            case "paused" -> badge.show(word, MaterialDesignP.PAUSE_CIRCLE_OUTLINE, StatusBadge.Tone.WARNING);
            case "cancelled", "terminated" -> badge.show(word, MaterialDesignC.CLOSE_CIRCLE_OUTLINE, StatusBadge.Tone.DANGER);
            case "draft" -> badge.show(word, MaterialDesignP.PENCIL_OUTLINE, StatusBadge.Tone.NEUTRAL);
            default -> badge.show(word, MaterialDesignH.HELP_CIRCLE_OUTLINE, StatusBadge.Tone.NEUTRAL);
        }
        return badge;
    }
}
