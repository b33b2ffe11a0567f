package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FeatureStatus;
import app.switchboard.ui.common.table.StatusBadge;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Status badges of the review's tables and summary: the shared {@link StatusBadge}, icon and words. */
final class Badges {
    private Badges() {
    }

    static StatusBadge entitlement(EntitlementStatus status, ReviewTexts texts) {
        StatusBadge badge = new StatusBadge();
        badge.showEntitlement(status, texts.messages());
        return badge;
    }

    /** Draft, active or archived; a status Fynn adds later is shown as sent, neutral. */
    static StatusBadge feature(FeatureStatus status, ReviewTexts texts) {
        StatusBadge badge = new StatusBadge();
        String words = texts.featureStatus(status);
        if (FeatureStatus.ACTIVE.equals(status)) {
            badge.show(words, MaterialDesignC.CHECK_CIRCLE, StatusBadge.Tone.SUCCESS);
        } else if (FeatureStatus.DRAFT.equals(status)) {
            badge.show(words, MaterialDesignP.PENCIL_CIRCLE_OUTLINE, StatusBadge.Tone.ACCENT);
        } else if (FeatureStatus.ARCHIVED.equals(status)) {
            badge.show(words, MaterialDesignA.ARCHIVE_OUTLINE, StatusBadge.Tone.NEUTRAL);
        } else {
            badge.show(words, MaterialDesignH.HELP_CIRCLE_OUTLINE, StatusBadge.Tone.NEUTRAL);
        }
        return badge;
    }
}
