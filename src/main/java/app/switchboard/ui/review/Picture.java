package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ops.review.ReviewQueries;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.WeekBucket;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

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
        ReviewQueries.Queues queues = queries.queues(snapshot, queue, ReviewQueries.days(days));
        return new Picture(snapshot, queue, days, text, null, null, null,
                ReviewQueries.containing(queues.rows(), text), queues.sizes());
    }

    /**
     * Everything the view shows of {@code snapshot}: the counts, chart and usage (each a pass over
     * every row) worked out on the common pool beside the queues where the machine has the cores.
     */
    static Picture of(ReviewQueries queries, ReviewSnapshot snapshot, ReviewQueue queue, int days, String text) {
        CompletableFuture<Map<EntitlementStatus, Long>> counts = CompletableFuture.supplyAsync(() -> queries.countsByStatus(snapshot));
        CompletableFuture<List<WeekBucket>> weeks = CompletableFuture.supplyAsync(() -> queries.expirationsPerWeek(snapshot));
        CompletableFuture<List<FeatureUsage>> features = CompletableFuture.supplyAsync(() -> queries.featureUsage(snapshot));
        Picture queues = queues(queries, snapshot, queue, days, text);
        return new Picture(snapshot, queue, days, text, counts.join(), weeks.join(), features.join(), queues.rows(),
                queues.sizes());
    }

    /** Whether this is what the view should show now. */
    boolean fits(ReviewSnapshot current, ReviewQueue shownQueue, int shownDays, String shownText) {
        return snapshot == current && queue == shownQueue && days == shownDays && Objects.equals(text, shownText);
    }
}
