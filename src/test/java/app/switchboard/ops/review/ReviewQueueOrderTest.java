package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The queues' order, taken on keys made once per row: the same as comparing the rows themselves
 * (time, then the customer's name in any case, then the entitlement id), with names that differ
 * only in case and characters that sort differently once lower-cased.
 */
class ReviewQueueOrderTest {
    private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final String[] NAMES = {"alpha", "Alpha", "ALPHA", "_under", "Zed", "zed", "beta", "Beta GmbH", "ärger", "[x]"};

    @Test
    void eachQueueIsInTheOrderOfComparingItsRowsDirectly() {
        SplittableRandom random = new SplittableRandom(3);
        List<ReviewRow> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            String status = i % 3 == 0 ? "disabled" : "active";
            OffsetDateTime from = random.nextBoolean() ? null : OffsetDateTime.ofInstant(NOW.plus(Duration.ofDays(random.nextInt(-5, 5))), ZoneOffset.UTC);
            OffsetDateTime until = random.nextInt(4) == 0 ? null
                    : OffsetDateTime.ofInstant(NOW.plus(Duration.ofDays(random.nextInt(-4, 6))), ZoneOffset.UTC);
            Entitlement entitlement = new Entitlement("ent_" + random.nextInt(50), null, null, "1", from, until,
                    status.equals("active"), EntitlementStatus.of(status));
            rows.add(new ReviewRow(new ReviewCustomer("c" + i, NAMES[random.nextInt(NAMES.length)], null), "sub_" + i, null,
                    entitlement));
        }
        ReviewSnapshot snapshot = new ReviewSnapshot(NOW, 600, rows, List.of(), List.of(), Duration.ZERO);
        ReviewQueries queries = new ReviewQueries(Clock.fixed(NOW, ZoneOffset.UTC));
        Comparator<ReviewRow> byCustomer = Comparator.comparing((ReviewRow r) -> r.customer().displayName(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(ReviewRow::entitlementId, Comparator.nullsLast(Comparator.naturalOrder()));

        for (ReviewQueue queue : ReviewQueue.values()) {
            Comparator<ReviewRow> expected = switch (queue) {
                case EXPIRING -> Comparator.comparing(ReviewRow::validUntil).thenComparing(byCustomer);
                case PENDING -> Comparator.comparing(ReviewRow::validFrom).thenComparing(byCustomer);
                case EXPIRED -> Comparator.comparing(ReviewRow::validUntil, Comparator.reverseOrder()).thenComparing(byCustomer);
                default -> byCustomer;
            };
            List<ReviewRow> inQueue = snapshot.rows().stream().filter(r -> queue.contains(r, NOW, Duration.ofDays(30)))
                    .sorted(expected).toList();
            assertThat(inQueue).as(queue.name()).hasSizeGreaterThan(10);
            assertThat(queries.rows(snapshot, queue, Duration.ofDays(30))).as(queue.name()).containsExactlyElementsOf(inQueue);
            assertThat(queries.count(snapshot, queue, Duration.ofDays(30))).isEqualTo(inQueue.size());
        }
    }
}
