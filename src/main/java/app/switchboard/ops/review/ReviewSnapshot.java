package app.switchboard.ops.review;

import app.switchboard.fynn.Feature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.Objects;

/**
 * What one scan saw: every entitlement of every subscription (expired ones included), the feature
 * catalogue, and the subscriptions that could not be read. Immutable; ask {@link ReviewQueries}
 * for the queues, counts and chart data.
 *
 * @param asOf          when the scan started: the data is no older than this
 * @param subscriptions how many subscriptions were scanned (including the failed ones)
 * @param rows          one per entitlement, in subscription order
 * @param features      the feature catalogue at scan time
 * @param failures      subscriptions whose entitlements could not be read
 * @param took          how long the scan took
 */
public record ReviewSnapshot(Instant asOf, int subscriptions, List<ReviewRow> rows, List<Feature> features,
                             List<ScanFailure> failures, Duration took) {

    public ReviewSnapshot {
        Objects.requireNonNull(asOf, "asOf");
        rows = List.copyOf(rows);
        ReviewRow.rank(rows);
        features = List.copyOf(features);
        failures = List.copyOf(failures);
        Objects.requireNonNull(took, "took");
    }

    /**
     * The same snapshot with the rows of one entitlement replaced, e.g. after a switch changed it;
     * the "as of" time stays, because the rest of the data is as old as it was.
     */
    public ReviewSnapshot withRow(String entitlementId, UnaryOperator<ReviewRow> change) {
        List<ReviewRow> changed = new ArrayList<>(rows.size());
        for (ReviewRow row : rows) {
            changed.add(entitlementId.equals(row.entitlementId()) ? change.apply(row).rankedLike(row) : row);
        }
        return new ReviewSnapshot(asOf, subscriptions, changed, features, failures, took);
    }

    /** Whether every subscription was read. */
    public boolean complete() {
        return failures.isEmpty();
    }
}
