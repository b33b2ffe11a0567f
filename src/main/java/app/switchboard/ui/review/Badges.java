package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FeatureStatus;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Status badges of the review's tables and summary. */
final class Badges {
    private Badges() {
    }

    static Node entitlement(EntitlementStatus status, ReviewTexts texts) {
        Label badge = new Label(texts.status(status));
        badge.setAccessibleText(texts.status(status));
        return badge;
    }

    static Node feature(FeatureStatus status, ReviewTexts texts) {
        Label badge = new Label(texts.featureStatus(status));
        badge.setAccessibleText(texts.featureStatus(status));
        return badge;
    }
}
