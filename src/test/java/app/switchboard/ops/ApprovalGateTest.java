package app.switchboard.ops;

import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.entries;
import static app.switchboard.ops.Fixtures.ev;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.InMemoryChangeRequests;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine in an environment that needs a second person: requests instead of writes. */
class ApprovalGateTest {
    private final FakeGateway der = Fixtures.der();
    private final Fixtures.ScriptedConfirmer confirmer = new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("ticket 4711"));
    private final InMemoryChangeRequests requests = new InMemoryChangeRequests(Clock.systemUTC(), "alice");
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    @TempDir
    Path home;

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    private ChangeEngine engine(ApprovalGate gate) {
        return new ChangeEngine(List.of(der), new ConfirmationPolicy(ConfirmationSettings.defaults()), confirmer,
                new ActivityLog(home), new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), "alice", gate);
    }

    @Test
    void withoutATeamDatabaseAnApprovalEnvironmentRefusesTheChangeAndSaysWhy() {
        Environment prod = PRODUCTION.withApproval(ApprovalRule.EVERY_CHANGE);
        ChangeTarget car = ev(prod, 1);
        der.set(car, true);

        ChangeOutcome outcome = engine(ApprovalGate.withoutTeamDatabase()).change(ChangeRequest.set(car, true, false));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.summary()).endsWith("changes in Production need approval by a second person, and that needs "
                + "the team database, which is not set up or not connected on this computer");
        assertThat(der.writes()).isZero();
        assertThat(confirmer.asked).as("nobody is asked for a change that cannot happen").isEmpty();
        assertThat(entries(new ActivityLog(home))).singleElement()
                .satisfies(e -> assertThat(e.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED));
    }

    @Test
    void aCoveredChangeBecomesARequestWithItsReasonAndNothingIsSent() {
        Environment prod = PRODUCTION.withApproval(ApprovalRule.EVERY_CHANGE);
        ChangeTarget car = ev(prod, 2);
        der.set(car, true);

        ChangeOutcome outcome = engine(ApprovalGate.through(requests)).change(ChangeRequest.set(car, true, false));

        assertThat(outcome.awaitsApproval()).isTrue();
        assertThat(der.writes()).isZero();
        assertThat(confirmer.asked).singleElement().satisfies(q -> assertThat(q.reasonRequired()).isTrue());
        ApprovalRequest request = requests.list(true).get(0);
        assertThat(outcome.message()).isEqualTo("awaiting approval as change request " + request.id()
                + "; nothing was sent yet");
        assertThat(request.reason()).isEqualTo("ticket 4711");
        assertThat(request.requester()).isEqualTo("alice");
        assertThat(request.items()).singleElement().satisfies(item -> {
            assertThat(item.targetId()).isEqualTo(car.targetId());
            assertThat(item.seenOn()).isTrue();
            assertThat(item.desiredOn()).isFalse();
        });
    }

    @Test
    void aRequestWithoutAReasonIsNotSubmitted() {
        confirmer.answer = ConfirmationAnswer.confirmed("");
        ChangeTarget car = ev(PRODUCTION.withApproval(ApprovalRule.EVERY_CHANGE), 3);
        der.set(car, false);

        ChangeOutcome outcome = engine(ApprovalGate.through(requests)).change(ChangeRequest.set(car, false, true));

        assertThat(outcome.awaitsApproval()).isFalse();
        assertThat(requests.list(false)).isEmpty();
        assertThat(der.writes()).isZero();
    }

    @Test
    void whenOnlySwitchingOffNeedsApprovalSwitchingOnIsSentAtOnce() {
        Environment prod = PRODUCTION.withApproval(ApprovalRule.SWITCHING_OFF);
        ChangeTarget car = ev(prod, 4);
        der.set(car, false);
        ChangeEngine engine = engine(ApprovalGate.through(requests));

        assertThat(engine.change(ChangeRequest.set(car, false, true)).succeeded()).isTrue();
        assertThat(engine.change(ChangeRequest.set(car, true, false)).awaitsApproval()).isTrue();

        assertThat(der.writes()).isEqualTo(1);
        assertThat(der.isOn(car)).isTrue();
        assertThat(requests.list(true)).hasSize(1);
    }

    @Test
    void aBulkSelectionBecomesOneRequestAndEveryItemSaysSo() throws Exception {
        Environment prod = PRODUCTION.withApproval(ApprovalRule.EVERY_CHANGE);
        List<BulkCandidate> candidates = java.util.stream.IntStream.range(10, 13).mapToObj(n -> {
            ChangeTarget car = ev(prod, n);
            der.set(car, true);
            return BulkCandidate.eligible(car, true);
        }).toList();
        BulkChanges bulk = new BulkChanges(engine(ApprovalGate.through(requests)), pool);

        BulkResult result = bulk.start(bulk.preview(candidates, false), BulkListener.NONE).result().get(30, TimeUnit.SECONDS);

        assertThat(der.writes()).isZero();
        assertThat(requests.list(true)).singleElement().satisfies(r -> assertThat(r.items()).hasSize(3));
        assertThat(result.items()).hasSize(3).allSatisfy(item ->
                assertThat(item.outcome().message()).startsWith("awaiting approval as change request"));
    }
}
