package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ops.review.ReviewQueries;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.WeekBucket;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the Review shows of a snapshot for one queue, horizon and filter text: the queue's rows, every
 * queue's size and (when made with {@link #of}) the counts, chart and catalogue usage. Made on any
 * thread: for a kept scan of 100,000 rows it is worked out in the background with the reading.
 */
record Picture(ReviewSnapshot snapshot, ReviewQueue queue, int days, String text,
               Map<EntitlementStatus, Long> counts, List<WeekBucket> weeks, List<FeatureUsage> features,
               List<ReviewRow> rows, Map<ReviewQueue, Integer> sizes) {

    /** The queue's rows and every queue's size, without counts or chart. */
    static Picture queues(ReviewQueries queries, ReviewSnapshot snapshot, ReviewQueue queue, int days, String text) {
        List<ReviewRow> inQueue = queries.rows(snapshot, queue, ReviewQueries.days(days));
        Map<ReviewQueue, Integer> sizes = new EnumMap<>(ReviewQueue.class);
        for (ReviewQueue q : ReviewQueue.values()) {
            // the other queues are only counted, not put in order
            sizes.put(q, q == queue ? inQueue.size() : queries.count(snapshot, q, ReviewQueries.days(days)));
        }
        return new Picture(snapshot, queue, days, text, null, null, null, ReviewQueries.containing(inQueue, text), sizes);
    }

    /** Everything the view shows of {@code snapshot}. */
    static Picture of(ReviewQueries queries, ReviewSnapshot snapshot, ReviewQueue queue, int days, String text) {
        Picture queues = queues(queries, snapshot, queue, days, text);
        return new Picture(snapshot, queue, days, text, queries.countsByStatus(snapshot),
                queries.expirationsPerWeek(snapshot), queries.featureUsage(snapshot), queues.rows(), queues.sizes());
    }

    /** Whether this is what the view should show now. */
    boolean fits(ReviewSnapshot current, ReviewQueue shownQueue, int shownDays, String shownText) {
        return snapshot == current && queue == shownQueue && days == shownDays && Objects.equals(text, shownText);
    }
}
