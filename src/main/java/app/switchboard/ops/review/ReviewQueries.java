package app.switchboard.ops.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Answers the review's questions from a {@link ReviewSnapshot}, against the injected clock's "now"
 * and time zone. Sends nothing; cheap enough to run on every selection change.
 */
public final class ReviewQueries {
    /** Weeks shown in the expiration chart. */
    public static final int CHART_WEEKS = 12;

    private final Clock clock;

    public ReviewQueries(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code n} whole days, the unit every horizon is given in. */
    public static Duration days(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        return Duration.ofDays(n);
    }

    /**
     * The rows of {@code queue}, most urgent first: expiring by end of validity, pending by start,
     * expired by most recently ended, disabled by customer.
     *
     * @param within the horizon of the expiring and pending queues; ignored by the others
     */
    public List<ReviewRow> rows(ReviewSnapshot snapshot, ReviewQueue queue, Duration within) {
        return queues(snapshot, queue, within).rows();
    }

    /**
     * The rows of {@code queue} in the order of {@link #rows} and how many rows each queue holds, in
     * one pass that reads each row's validity once (for a kept scan of 100,000 rows, converting the
     * times again for every queue was a good part of opening it).
     */
    public Queues queues(ReviewSnapshot snapshot, ReviewQueue queue, Duration within) {
        Instant now = clock.instant();
        Instant end = now.plus(within);
        ReviewQueue[] all = ReviewQueue.values();
        int[] sizes = new int[all.length];
        List<Keyed> keyed = new ArrayList<>();
        for (ReviewRow row : snapshot.rows()) {
            Instant from = row.validFrom();
            Instant until = row.validUntil();
            boolean on = row.switchedOn();
            boolean disabled = row.disabled();
            for (ReviewQueue q : all) {
                if (q.contains(on, disabled, from, until, now, end)) {
                    sizes[q.ordinal()]++;
                    if (q == queue) {
                        keyed.add(new Keyed(row, q == ReviewQueue.PENDING ? from : until));
                    }
                }
            }
        }
        // each row's keys taken once, not twice per comparison (a time made from its text and a
        // customer name put together each time were most of opening a kept scan of 100,000 rows);
        // names ranked once among the distinct ones, so that rows with equal times compare numbers
        Keyed.rankCustomers(keyed);
        keyed.sort(Keyed.ORDERS.get(queue));
        List<ReviewRow> rows = new ArrayList<>(keyed.size());
        keyed.forEach(k -> rows.add(k.row));
        Map<ReviewQueue, Integer> bySize = new java.util.EnumMap<>(ReviewQueue.class);
        for (ReviewQueue q : all) {
            bySize.put(q, sizes[q.ordinal()]);
        }
        return new Queues(rows, bySize);
    }

    /** @param rows a queue's rows, most urgent first; @param sizes how many rows every queue holds */
    public record Queues(List<ReviewRow> rows, Map<ReviewQueue, Integer> sizes) {
    }

    /** A queue's row with what it is sorted by: its time in that queue and its customer's name. */
    private static final class Keyed {
        static final Map<ReviewQueue, Comparator<Keyed>> ORDERS = orders();

        final ReviewRow row;
        final Instant time;
        final String customer;
        /** The customer's place among the distinct names in case-insensitive order; equal for names equal but for case. */
        int customerRank;

        /** @param time the end of validity for the expiring and expired queues, the start for pending */
        Keyed(ReviewRow row, Instant time) {
            this.row = row;
            this.time = time;
            this.customer = row.texts().customer();
        }

        static void rankCustomers(List<Keyed> keyed) {
            Map<String, Integer> ranks = new HashMap<>();
            keyed.forEach(k -> ranks.put(k.customer, 0));
            List<String> names = new ArrayList<>(ranks.keySet());
            names.sort(String.CASE_INSENSITIVE_ORDER);
            int rank = 0;
            for (int i = 0; i < names.size(); i++) {
                if (i > 0 && String.CASE_INSENSITIVE_ORDER.compare(names.get(i - 1), names.get(i)) != 0) {
                    rank++;
                }
                ranks.put(names.get(i), rank);
            }
            keyed.forEach(k -> k.customerRank = ranks.get(k.customer));
        }

        /** Expiring by end of validity, pending by start, expired by most recently ended, disabled by customer. */
        private static Map<ReviewQueue, Comparator<Keyed>> orders() {
            Comparator<Keyed> byCustomer = Comparator.comparingInt((Keyed k) -> k.customerRank)
                    .thenComparing(k -> k.row.entitlementId(), Comparator.nullsLast(Comparator.naturalOrder()));
            Map<ReviewQueue, Comparator<Keyed>> orders = new java.util.EnumMap<>(ReviewQueue.class);
            for (ReviewQueue queue : ReviewQueue.values()) {
                orders.put(queue, switch (queue) {
                    case EXPIRING, PENDING -> Comparator.comparing((Keyed k) -> k.time).thenComparing(byCustomer);
                    case EXPIRED -> Comparator.comparing((Keyed k) -> k.time, Comparator.reverseOrder()).thenComparing(byCustomer);
                    default -> byCustomer;
                });
            }
            return orders;
        }
    }

    /** How many rows {@link #rows} would give, without putting them in order. */
    public int count(ReviewSnapshot snapshot, ReviewQueue queue, Duration within) {
        Instant now = clock.instant();
        Instant end = now.plus(within);
        int count = 0;
        for (ReviewRow row : snapshot.rows()) {
            if (queue.contains(row.switchedOn(), row.disabled(), row.validFrom(), row.validUntil(), now, end)) {
                count++;
            }
        }
        return count;
    }

    /** Entitlements per status as Fynn computed them: the four known ones first (zero included), then any other. */
    public Map<EntitlementStatus, Long> countsByStatus(ReviewSnapshot snapshot) {
        Map<EntitlementStatus, Long> counts = new LinkedHashMap<>();
        EntitlementStatus.KNOWN.forEach(status -> counts.put(status, 0L));
        snapshot.rows().forEach(row -> counts.merge(row.status(), 1L, Long::sum));
        return counts;
    }

    /**
     * Expirations per week for the next {@link #CHART_WEEKS} weeks. Week 1 is [today, today + 7 days),
     * week k is [today + 7(k-1) days, today + 7k days), days in the clock's time zone. An entitlement
     * counts in the week its validity ends unless it is switched off (status disabled): a switched-off
     * grant takes nothing away when it ends. One that ended earlier today counts in week 1.
     */
    public List<WeekBucket> expirationsPerWeek(ReviewSnapshot snapshot) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.now(clock);
        long[] counts = new long[CHART_WEEKS];
        for (ReviewRow row : snapshot.rows()) {
            if (row.validUntil() == null || EntitlementStatus.DISABLED.equals(row.status())) {
                continue;
            }
            long day = today.until(LocalDate.ofInstant(row.validUntil(), zone), java.time.temporal.ChronoUnit.DAYS);
            if (day >= 0 && day < 7L * CHART_WEEKS) {
                counts[(int) (day / 7)]++;
            }
        }
        List<WeekBucket> weeks = new ArrayList<>(CHART_WEEKS);
        for (int w = 0; w < CHART_WEEKS; w++) {
            weeks.add(new WeekBucket(w + 1, today.plusDays(7L * w), today.plusDays(7L * (w + 1)), counts[w]));
        }
        return weeks;
    }

    /**
     * Every catalogue feature with the number of scanned entitlements that use it, in catalogue
     * order; features that entitlements name but the catalogue lacks follow at the end.
     */
    public List<FeatureUsage> featureUsage(ReviewSnapshot snapshot) {
        Map<String, Long> counts = new HashMap<>();
        Map<String, Feature> uncatalogued = new LinkedHashMap<>();
        for (ReviewRow row : snapshot.rows()) {
            Feature feature = row.entitlement().feature();
            if (feature != null && feature.id() != null) {
                counts.merge(feature.id(), 1L, Long::sum);
                uncatalogued.putIfAbsent(feature.id(), feature);
            }
        }
        List<FeatureUsage> usage = new ArrayList<>();
        for (Feature feature : snapshot.features()) {
            usage.add(new FeatureUsage(feature, counts.getOrDefault(feature.id(), 0L)));
            uncatalogued.remove(feature.id());
        }
        uncatalogued.forEach((id, feature) -> usage.add(new FeatureUsage(feature, counts.get(id))));
        return usage;
    }

    /** The rows whose customer, subscription, item or feature contains {@code text} (any case); all for none. */
    public static List<ReviewRow> containing(List<ReviewRow> rows, String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(row -> java.util.stream.Stream.of(row.customer().displayName(),
                        row.subscriptionNumber(), row.subscriptionId(), row.itemName(), row.featureName())
                .anyMatch(value -> value != null && value.toLowerCase(java.util.Locale.ROOT).contains(wanted))).toList();
    }
}
