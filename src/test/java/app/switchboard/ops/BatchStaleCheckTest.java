package app.switchboard.ops;

import app.switchboard.audit.ActivityLog;
import app.switchboard.testsupport.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static app.switchboard.ops.Fixtures.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

/** The bulk run's stale-write check: each subscription read once per batch, its items checked against that read. */
class BatchStaleCheckTest {
    @TempDir
    Path home;

    private final FakeGateway fynn = Fixtures.fynn();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-06-01T10:00:00Z"));
    private final ExecutorService pool = Executors.newFixedThreadPool(8);
    private ChangeEngine engine;

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private BulkChanges bulk(int maxInFlight) {
        engine = new ChangeEngine(List.of(fynn), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("INC-7")),
                new ActivityLog(home.resolve("activity")), new ReadOnlyApis(), new UndoStack(), clock, "alice");
        return new BulkChanges(engine, pool, maxInFlight);
    }

    private static ChangeTarget entitlement(String subscription, int n) {
        return ChangeTarget.fynnEntitlement(PRODUCTION, subscription, "ent-" + n, "ACME GmbH", "C-1", subscription,
                "Feature " + n);
    }

    /** Entitlements switched on, {@code perSubscription} on each of the given subscriptions. */
    private List<BulkCandidate> switchedOn(int perSubscription, String... subscriptions) {
        List<BulkCandidate> candidates = new ArrayList<>();
        int n = 0;
        for (String subscription : subscriptions) {
            for (int i = 0; i < perSubscription; i++) {
                ChangeTarget target = entitlement(subscription, n++);
                fynn.set(target, true);
                candidates.add(BulkCandidate.eligible(target, true));
            }
        }
        return candidates;
    }

    /** What reached the server: reads of a subscription (the stale-write check) and writes. */
    private void assertSent(int reads, int writes) {
        assertThat(fynn.reads()).as("reads").isEqualTo(reads);
        assertThat(fynn.writes()).as("writes").isEqualTo(writes);
    }

    private static BulkResult await(BulkRun run) throws Exception {
        return run.result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aBatchReadsEachSubscriptionOnceAndWritesEveryItem() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = switchedOn(25, "sub-1", "sub-2");

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));

        assertThat(result.succeeded()).isEqualTo(50);
        assertSent(2, 50);
        assertThat(candidates).extracting(c -> fynn.isOn(c.target())).containsOnly(false);
    }

    @Test
    void aSingleChangeStillReadsBeforeItsWrite() {
        bulk(8);
        List<BulkCandidate> candidates = switchedOn(2, "sub-1");

        candidates.forEach(c -> engine.change(ChangeRequest.set(c.target(), true, false)));

        assertSent(2, 2);
    }

    @Test
    void aSwitchChangedBeforeItsSubscriptionWasReadIsNotWrittenAndReportedAsChanged() throws Exception {
        BulkChanges bulk = bulk(1);
        List<BulkCandidate> candidates = switchedOn(3, "sub-1", "sub-2");
        ChangeTarget editedMeanwhile = entitlement("sub-2", 4);
        // someone else switches an item of sub-2 off while the batch is still writing sub-1's items
        BulkListener editor = (item, finished, total) -> {
            if (finished == 1) {
                fynn.set(editedMeanwhile, false);
            }
        };

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), editor));

        assertThat(result.stale()).isEqualTo(1);
        assertThat(result.succeeded()).isEqualTo(5);
        assertThat(result.items()).filteredOn(i -> i.status() == BulkItemResult.Status.STALE).singleElement()
                .satisfies(i -> {
                    assertThat(i.request().target()).isEqualTo(editedMeanwhile);
                    assertThat(i.message()).isEqualTo("changed since you loaded it: was active, now inactive");
                });
        assertSent(2, 5);
    }

    @Test
    void aFailedReadFailsOnlyItsOwnItemAndTheNextItemReadsAgain() throws Exception {
        BulkChanges bulk = bulk(1);
        List<BulkCandidate> candidates = switchedOn(4, "sub-1");
        fynn.failReadsOf("sub-1", 1, SwitchFailure.failed(503, "Service unavailable"));

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.items().get(0).message()).isEqualTo("could not re-read it before writing: Service unavailable");
        assertThat(result.succeeded()).isEqualTo(3);
        assertSent(2, 3);
    }

    @Test
    void aReadingOlderThanItsMaximumAgeIsTakenAgain() throws Exception {
        BulkChanges bulk = bulk(1);
        List<BulkCandidate> candidates = switchedOn(3, "sub-1");
        BulkListener time = (item, finished, total) -> clock.advance(BatchReadings.MAX_AGE.plus(Duration.ofSeconds(1)));

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), time));

        assertThat(result.succeeded()).isEqualTo(3);
        assertSent(3, 3);
    }
}
