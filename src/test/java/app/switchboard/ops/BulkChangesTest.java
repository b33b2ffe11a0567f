package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.TEST;
import static app.switchboard.ops.Fixtures.entries;
import static app.switchboard.ops.Fixtures.ev;
import static org.assertj.core.api.Assertions.assertThat;

class BulkChangesTest {
    @TempDir
    Path home;

    private final FakeGateway der = Fixtures.der();
    private final Fixtures.ScriptedConfirmer confirmer =
            new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("cleanup INC-12"));
    private final ExecutorService pool = Executors.newFixedThreadPool(16);
    private ActivityLog log;
    private ChangeEngine engine;

    private BulkChanges bulk(int maxInFlight) {
        log = new ActivityLog(home.resolve("activity"));
        engine = Fixtures.engine(log, confirmer, der);
        return new BulkChanges(engine, pool, maxInFlight);
    }

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private List<BulkCandidate> evsSwitchedOn(int count) {
        List<BulkCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ChangeTarget target = ev(PRODUCTION, i);
            der.set(target, true);
            candidates.add(BulkCandidate.eligible(target, true));
        }
        return candidates;
    }

    private static BulkResult await(BulkRun run) throws Exception {
        return run.result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void thePreviewSortsCandidatesIntoWillChangeAlreadyInStateAndNotEligible() {
        BulkChanges bulk = bulk(8);
        ChangeTarget on = ev(TEST, 1);
        ChangeTarget off = ev(TEST, 2);
        ChangeTarget chargePoint = ev(TEST, 3);

        BulkPreview preview = bulk.preview(List.of(BulkCandidate.eligible(on, true), BulkCandidate.eligible(off, false),
                new BulkCandidate(chargePoint, true, "Heat pumps cannot capture charge sessions")), false);

        assertThat(preview.willChange()).extracting(ChangeRequest::target).containsExactly(on);
        assertThat(preview.alreadyInState()).extracting(s -> s.reason().english()).containsExactly("already off");
        assertThat(preview.notEligible()).extracting(s -> s.reason().english())
                .containsExactly("Heat pumps cannot capture charge sessions");
        assertThat(preview.counts()).isEqualTo(new BulkCounts(1, 1, 1));
        assertThat(der.writes()).isZero();
    }

    @Test
    void aBulkRunWithInjectedFaultsReportsExactCountsAndRecordsEveryAttempt() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = new ArrayList<>(evsSwitchedOn(40));
        for (int i = 0; i < 5; i++) {
            der.failWith(ev(PRODUCTION, i), SwitchFailure.refused(400, "Manufacturer does not support this feature"));
        }
        for (int i = 5; i < 12; i++) {
            der.failWith(ev(PRODUCTION, i), SwitchFailure.failed(503, "Service unavailable"));
        }
        for (int i = 12; i < 15; i++) {
            der.set(ev(PRODUCTION, i), false); // switched off by someone else after the list was loaded
        }
        candidates.add(BulkCandidate.eligible(ev(PRODUCTION, 100), false));
        candidates.add(new BulkCandidate(ev(PRODUCTION, 101), true, "not an EV or charge point"));
        BulkPreview preview = bulk.preview(candidates, false);
        AtomicInteger progress = new AtomicInteger();

        BulkResult result = await(bulk.start(preview, (item, finished, total) -> progress.incrementAndGet()));

        assertThat(confirmer.asked).singleElement().satisfies(q -> {
            assertThat(q.counts()).isEqualTo(new BulkCounts(40, 1, 1));
            assertThat(q.targets()).hasSize(40);
            assertThat(q.dangerous()).isTrue();
            assertThat(q.mayOfferDontAskAgain()).isFalse();
        });
        assertThat(result.succeeded()).isEqualTo(25);
        assertThat(result.refused()).isEqualTo(5);
        assertThat(result.failed()).isEqualTo(7);
        assertThat(result.stale()).isEqualTo(3);
        assertThat(result.notStarted()).isZero();
        assertThat(result.summary()).isEqualTo("25 succeeded, 5 refused, 7 failed, 3 changed meanwhile, 0 not started");
        assertThat(progress).hasValue(40);
        assertThat(result.items()).filteredOn(i -> i.status() == BulkItemResult.Status.REFUSED)
                .extracting(BulkItemResult::message).containsOnly("Manufacturer does not support this feature");
        assertThat(result.items()).filteredOn(i -> i.status() == BulkItemResult.Status.FAILED)
                .extracting(BulkItemResult::message).containsOnly("Service unavailable");

        List<ActivityEntry> recorded = entries(log);
        Map<OutcomeKind, Long> byKind = recorded.stream()
                .collect(Collectors.groupingBy(e -> e.outcome().kind(), Collectors.counting()));
        assertThat(byKind).containsExactlyInAnyOrderEntriesOf(Map.of(OutcomeKind.SUCCEEDED, 25L,
                OutcomeKind.REFUSED, 5L, OutcomeKind.FAILED, 7L, OutcomeKind.CANCELLED, 3L));
        assertThat(recorded).extracting(ActivityEntry::batch).containsOnly(result.batch());
        assertThat(recorded).extracting(ActivityEntry::reason).containsOnly("cleanup INC-12");
    }

    @Test
    void neverMoreThanTheLimitOfChangesAreInFlight() throws Exception {
        BulkChanges bulk = bulk(8);
        CountDownLatch eightInFlight = new CountDownLatch(8);
        der.onWrite(target -> {
            eightInFlight.countDown();
            eightInFlight.await(10, TimeUnit.SECONDS);
        });

        BulkResult result = await(bulk.start(bulk.preview(evsSwitchedOn(30), false), BulkListener.NONE));

        assertThat(result.succeeded()).isEqualTo(30);
        assertThat(der.maxInFlight()).isEqualTo(8);
    }

    @Test
    void cancellingMidRunLetsChangesInFlightFinishAndStartsNoMore() throws Exception {
        BulkChanges bulk = bulk(3);
        CountDownLatch threeStarted = new CountDownLatch(3);
        CountDownLatch release = new CountDownLatch(1);
        der.onWrite(target -> {
            threeStarted.countDown();
            release.await(10, TimeUnit.SECONDS);
        });
        BulkRun run = bulk.start(bulk.preview(evsSwitchedOn(20), false), BulkListener.NONE);

        assertThat(threeStarted.await(10, TimeUnit.SECONDS)).isTrue();
        run.cancel();
        release.countDown();
        BulkResult result = await(run);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.succeeded()).isEqualTo(3);
        assertThat(result.notStarted()).isEqualTo(17);
        assertThat(der.writes()).isEqualTo(3);
        assertThat(entries(log)).hasSize(3);
        assertThat(result.items()).filteredOn(i -> i.status() == BulkItemResult.Status.NOT_STARTED)
                .extracting(i -> der.isOn(i.request().target())).containsOnly(true);
    }

    @Test
    void cancellingTheBatchConfirmationStartsNothing() throws Exception {
        confirmer.answer = ConfirmationAnswer.cancelled();
        BulkChanges bulk = bulk(8);

        BulkResult result = await(bulk.start(bulk.preview(evsSwitchedOn(5), false), BulkListener.NONE));

        assertThat(result.confirmed()).isFalse();
        assertThat(result.notStarted()).isEqualTo(5);
        assertThat(der.writes()).isZero();
        assertThat(entries(log)).hasSize(5).allSatisfy(e -> assertThat(e.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED));
    }

    @Test
    void retryingRunsOnlyTheFailedChangesAgain() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = evsSwitchedOn(10);
        der.failWith(ev(PRODUCTION, 3), SwitchFailure.failed(null, "timeout"));
        der.failWith(ev(PRODUCTION, 7), SwitchFailure.failed(502, "Bad gateway"));
        BulkResult first = await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));
        assertThat(first.failed()).isEqualTo(2);
        der.clearFaults();

        BulkResult retry = await(bulk.start(first.retryFailed(), BulkListener.NONE));

        assertThat(retry.succeeded()).isEqualTo(2);
        assertThat(retry.items()).extracting(i -> i.request().target().targetId()).containsExactlyInAnyOrder("entity-3", "entity-7");
        assertThat(candidates).extracting(c -> der.isOn(c.target())).containsOnly(false);
        assertThat(der.writes()).isEqualTo(12);
    }

    @Test
    void undoingABatchRestoresEverySwitchItChanged() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = evsSwitchedOn(6);
        der.failWith(ev(PRODUCTION, 0), SwitchFailure.refused(400, "no"));
        await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));
        UndoStack.Step step = engine.undoStack().pop().orElseThrow();
        assertThat(step.isBatch()).isTrue();
        assertThat(step.inverses()).hasSize(5);

        BulkResult undone = await(bulk.undo(step, BulkListener.NONE));

        assertThat(undone.succeeded()).isEqualTo(5);
        assertThat(candidates).extracting(c -> der.isOn(c.target())).containsOnly(true);
        assertThat(engine.undoStack().size()).isZero();
        Function<ActivityEntry, String> undoOf = ActivityEntry::undoOf;
        assertThat(entries(log)).filteredOn(e -> e.undoOf() != null).hasSize(5).extracting(undoOf).doesNotHaveDuplicates();
    }

    @Test
    void aForbiddenWriteStopsTheRestOfTheBatchFromCallingTheServer() throws Exception {
        BulkChanges bulk = bulk(1);
        List<BulkCandidate> candidates = evsSwitchedOn(5);
        der.failWith(ev(PRODUCTION, 0), SwitchFailure.forbidden("insufficient scope"));

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));

        assertThat(result.refused()).isEqualTo(5);
        assertThat(der.writes()).isEqualTo(1);
        assertThat(result.items()).extracting(i -> i.outcome().permissionDenied()).containsOnly(true);
        assertThat(bulk.preview(candidates, false).notEligible()).hasSize(5);
    }

    @Test
    void aBatchThatCannotBeStartedReportsEveryChangeAsNotStarted() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = evsSwitchedOn(4);
        pool.shutdown();

        BulkResult result = await(bulk.start(bulk.preview(candidates, false), BulkListener.NONE));

        assertThat(result.notStarted()).isEqualTo(4);
        assertThat(der.writes()).isZero();
    }
}
