package app.switchboard.ui.review;

import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.table.EmptyState;

/**
 * What the Review view says where its queues would be: before the first scan, while a scan runs
 * (with how far it got) and after a scan that found no entitlements at all.
 */
final class ReviewPlaceholder {
    private ReviewPlaceholder() {
    }

    /**
     * @param snapshot the last complete scan, or null
     * @param scanning whether a scan is running now
     * @param progress the running scan's own words on how far it got ("12 of 420 subscriptions"); may be blank
     */
    static EmptyState describe(ReviewTexts texts, EnvironmentSession session, ReviewSnapshot snapshot,
                               boolean scanning, String progress) {
        if (scanning && shown(snapshot)) {
            String heading = texts.get("review.empty.scanning.heading");
            return progress == null || progress.isBlank()
                    ? new EmptyState(heading, texts.get("review.empty.scanning.message"))
                    : new EmptyState(heading, texts.get("review.empty.scanning.progress", progress));
        }
        if (snapshot != null && shown(snapshot)) {
            return new EmptyState(texts.get("review.empty.nothing.heading"),
                    texts.get("review.empty.nothing.message", snapshot.subscriptions()));
        }
        return EmptyState.describe(texts.get("review.empty.heading"), texts.get("review.empty.message"), session,
                environment -> texts.get("review.empty.waiting", environment));
    }

    /**
     * Whether the placeholder stands in for the queues and the feature catalogue: nothing scanned
     * yet, or a scan that found neither entitlements nor features (features without entitlements
     * still make a catalogue worth showing).
     */
    static boolean shown(ReviewSnapshot snapshot) {
        return snapshot == null || snapshot.rows().isEmpty() && snapshot.features().isEmpty();
    }
}
