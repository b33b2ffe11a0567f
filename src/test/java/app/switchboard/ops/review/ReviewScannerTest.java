package app.switchboard.ops.review;

import static app.switchboard.ops.review.ReviewSandbox.ids;
import static app.switchboard.ops.review.ReviewSandbox.switchedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.CallScope;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.FynnStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review against the sandbox on a fixed clock. Every expectation is computed from the sandbox's
 * own state ({@code fynnStore()}), not from what the client read.
 */
class ReviewScannerTest {
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static ReviewSandbox sandbox;
    private static ReviewSnapshot snapshot;
    private static final ReviewQueries QUERIES = new ReviewQueries(CLOCK);

    @BeforeAll
    static void scanOnce() {
        sandbox = new ReviewSandbox(CLOCK, 1, 0);
        snapshot = sandbox.scanner(CLOCK).scan(new CallScope(), ScanListener.ignore());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static FynnStore store() {
        return sandbox.sandbox.fynnStore();
    }

    @Test
    void theScanSeesEveryEntitlementOfEverySubscriptionExpiredOnesIncluded() {
        assertThat(snapshot.asOf()).isEqualTo(NOW);
        assertThat(snapshot.subscriptions()).isEqualTo(store().subscriptions().size());
        assertThat(snapshot.complete()).isTrue();
        assertThat(ids(snapshot.rows())).isEqualTo(store().allEntitlements().stream()
                .map(FynnModel.Entitlement::id).collect(Collectors.toSet()));
        assertThat(snapshot.rows()).hasSize(store().allEntitlements().size());
        assertThat(snapshot.rows()).anyMatch(r -> r.status().equals(EntitlementStatus.EXPIRED));
    }

    @Test
    void eachRowNamesTheCustomerAndSubscriptionItBelongsTo() {
        Map<String, FynnModel.Subscription> subscriptionOfItem = new HashMap<>();
        store().items().forEach(item -> subscriptionOfItem.put(item.id(),
                store().subscription(item.subscriptionId()).orElseThrow()));
        for (ReviewRow row : snapshot.rows()) {
            FynnModel.Entitlement truth = store().entitlement(row.entitlementId()).orElseThrow();
            FynnModel.Subscription subscription = subscriptionOfItem.get(truth.itemId());
            FynnModel.Customer customer = store().customer(subscription.customerId()).orElseThrow();
            assertThat(row.subscriptionId()).isEqualTo(subscription.id());
            assertThat(row.subscriptionNumber()).isEqualTo(subscription.number());
            assertThat(row.customer().name()).isEqualTo(customer.displayName());
            assertThat(row.customer().number()).isEqualTo(customer.customerNumber());
            assertThat(row.itemName()).isEqualTo(store().item(truth.itemId()).orElseThrow().name());
            assertThat(row.featureId()).isEqualTo(truth.featureId());
            assertThat(row.validUntil()).isEqualTo(truth.validUntil());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 30, 90})
    void expiringHoldsExactlyTheSwitchedOnEntitlementsWhoseValidityEndsWithinTheHorizon(int days) {
        Instant horizon = NOW.plus(Duration.ofDays(days));
        Set<String> expected = sandbox.entitlementIds(e -> switchedOn(e, NOW) && e.validUntil() != null
                && e.validUntil().isAfter(NOW) && !e.validUntil().isAfter(horizon));

        List<ReviewRow> queue = QUERIES.rows(snapshot, ReviewQueue.EXPIRING, ReviewQueries.days(days));

        assertThat(expected).isNotEmpty();
        assertThat(ids(queue)).isEqualTo(expected);
        assertThat(queue).extracting(ReviewRow::validUntil).isSorted();
    }

    @ParameterizedTest
    @ValueSource(ints = {7, 30, 90})
    void pendingHoldsExactlyTheSwitchedOnEntitlementsStartingWithinTheHorizon(int days) {
        Instant horizon = NOW.plus(Duration.ofDays(days));
        Set<String> expected = sandbox.entitlementIds(e -> switchedOn(e, NOW) && e.validFrom() != null
                && e.validFrom().isAfter(NOW) && !e.validFrom().isAfter(horizon));

        List<ReviewRow> queue = QUERIES.rows(snapshot, ReviewQueue.PENDING, ReviewQueries.days(days));

        assertThat(expected).isNotEmpty();
        assertThat(ids(queue)).isEqualTo(expected);
        assertThat(queue).allMatch(r -> r.status().equals(EntitlementStatus.PENDING));
    }

    @Test
    void disabledHoldsExactlyTheSwitchedOffEntitlementsInsideTheirValidityWindow() {
        Set<String> expected = sandbox.entitlementIds(e -> !e.enabled()
                && (e.validFrom() == null || !e.validFrom().isAfter(NOW))
                && (e.validUntil() == null || e.validUntil().isAfter(NOW)));

        List<ReviewRow> queue = QUERIES.rows(snapshot, ReviewQueue.DISABLED, ReviewQueries.days(0));

        assertThat(expected).isNotEmpty();
        assertThat(ids(queue)).isEqualTo(expected);
    }

    @Test
    void expiredHoldsExactlyTheEntitlementsWhoseValidityHasEnded() {
        Set<String> expected = sandbox.entitlementIds(e -> e.validUntil() != null && !e.validUntil().isAfter(NOW));

        List<ReviewRow> queue = QUERIES.rows(snapshot, ReviewQueue.EXPIRED, ReviewQueries.days(0));

        assertThat(expected).isNotEmpty();
        assertThat(ids(queue)).isEqualTo(expected);
        assertThat(queue).allMatch(r -> r.status().equals(EntitlementStatus.EXPIRED));
        assertThat(queue).extracting(ReviewRow::validUntil).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void countsPerStatusMatchTheSandbox() {
        Map<String, Long> expected = store().allEntitlements().stream()
                .collect(Collectors.groupingBy(e -> e.status(NOW), Collectors.counting()));

        Map<EntitlementStatus, Long> counts = QUERIES.countsByStatus(snapshot);

        assertThat(counts.keySet()).containsExactlyElementsOf(EntitlementStatus.KNOWN);
        counts.forEach((status, count) -> assertThat(count).as(status.value())
                .isEqualTo(expected.getOrDefault(status.value(), 0L)));
    }

    @Test
    void chartBucketsCountExpirationsPerWeekStartingToday() {
        LocalDate today = LocalDate.of(2026, 3, 10);
        long[] expected = new long[12];
        for (FynnModel.Entitlement e : store().allEntitlements()) {
            if (e.validUntil() == null || e.status(NOW).equals("disabled")) {
                continue;
            }
            long day = ChronoUnit.DAYS.between(today, LocalDate.ofInstant(e.validUntil(), ZoneOffset.UTC));
            if (day >= 0 && day < 84) {
                expected[(int) (day / 7)]++;
            }
        }

        List<WeekBucket> weeks = QUERIES.expirationsPerWeek(snapshot);

        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(0).firstDay()).isEqualTo(today);
        assertThat(weeks.get(0).endDay()).isEqualTo(today.plusDays(7));
        assertThat(weeks.get(11).endDay()).isEqualTo(today.plusDays(84));
        assertThat(weeks).extracting(WeekBucket::expirations)
                .containsExactly(java.util.Arrays.stream(expected).boxed().toArray(Long[]::new));
        assertThat(weeks.stream().mapToLong(WeekBucket::expirations).sum()).isPositive();
    }

    @Test
    void featureUsageCountsTheScannedEntitlementsOfEachCatalogueFeature() {
        Map<String, Long> expected = store().allEntitlements().stream()
                .collect(Collectors.groupingBy(FynnModel.Entitlement::featureId, Collectors.counting()));

        List<FeatureUsage> usage = QUERIES.featureUsage(snapshot);

        assertThat(usage).extracting(u -> u.feature().id())
                .containsExactlyElementsOf(store().features().stream().map(FynnModel.Feature::id).toList());
        usage.forEach(u -> assertThat(u.entitlements()).as(u.feature().name())
                .isEqualTo(expected.getOrDefault(u.feature().id(), 0L)));
    }

    @Test
    void queuesFollowTheClockNotTheScanTime() {
        ReviewQueries tomorrow = new ReviewQueries(Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC));
        Instant later = NOW.plus(Duration.ofDays(1));
        Set<String> expected = sandbox.entitlementIds(e -> e.validUntil() != null && !e.validUntil().isAfter(later));

        assertThat(ids(tomorrow.rows(snapshot, ReviewQueue.EXPIRED, Duration.ZERO))).isEqualTo(expected)
                .hasSizeGreaterThan(ids(QUERIES.rows(snapshot, ReviewQueue.EXPIRED, Duration.ZERO)).size());
    }

    @Test
    void cancellingTheScopeStopsTheScan() {
        CallScope scope = new CallScope();
        AtomicInteger lastDone = new AtomicInteger();
        int total = store().subscriptions().size();

        assertThatThrownBy(() -> sandbox.scanner(CLOCK).scan(scope, (done, all) -> {
            lastDone.accumulateAndGet(done, Math::max);
            if (done >= 3) {
                scope.cancel();
            }
        })).isInstanceOf(CancellationException.class);

        assertThat(lastDone.get()).isLessThan(total / 2);
        assertThat(scope.callsInFlight()).isZero();
    }

    @Test
    void progressCountsEverySubscriptionUpToTheTotal() {
        AtomicInteger highest = new AtomicInteger();
        AtomicInteger reportedTotal = new AtomicInteger();
        sandbox.scanner(CLOCK).scan(new CallScope(), (done, total) -> {
            highest.accumulateAndGet(done, Math::max);
            reportedTotal.set(total);
        });

        assertThat(reportedTotal.get()).isEqualTo(store().subscriptions().size());
        assertThat(highest.get()).isEqualTo(store().subscriptions().size());
    }
}
