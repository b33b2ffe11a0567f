package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestState;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A request left "applying" because the team database went away mid-apply: its claim's lease runs
 * out, the next claimant takes it over, resumes only the switches without an outcome, re-reads the
 * one that was sent but not recorded and records it without sending it again. The sandbox's count
 * of accepted writes says what reached the API.
 */
class ClaimLeaseTest {
    private static final Duration SHORT_LEASE = Duration.ofMillis(1500);

    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(24).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment env = ApprovalRig.environment(sandbox);

    @TempDir
    Path bobHome;
    @TempDir
    Path carolHome;

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(TEAM);
    }

    @AfterEach
    void stop() throws Exception {
        TEAM.comeBack();
        http.close();
        sandbox.close();
    }

    private RequestApplier applierOf(ChangeRequests person, Path home) {
        return ApprovalRig.applier(ApprovalRig.engine(sandbox, http, home, ApprovalGate.through(person), person.me()),
                person, env);
    }

    /** Claims as {@code claimant} until a lapsed or due request comes its way; fails after a limit. */
    private static List<RequestApplier.Applied> runDueUntilClaimed(RequestApplier claimant, String environment)
            throws Exception {
        AtomicReference<List<RequestApplier.Applied>> applied = new AtomicReference<>(List.of());
        TeamEntries.await("the lapsed claim is taken over", Duration.ofSeconds(30), () -> {
            try {
                applied.set(claimant.runDue(environment));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return !applied.get().isEmpty();
        });
        return applied.get();
    }

    @Test
    void aRequestLeftApplyingWhenTheDatabaseWentAwayIsResumedAndNothingIsSentTwice() throws Exception {
        ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
        List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env, 3);
        String id = ApprovalRig.dueRequest(alice, ApprovalRig.requestsOf(TEAM, "bob"), env, targets);
        // bob's scheduler: the database goes away after the first switch reached the server, before its outcome is stored
        InterruptedRequests bob = new InterruptedRequests(ApprovalRig.requestsOf(TEAM, "bob", SHORT_LEASE), 0,
                TEAM::goOffline);

        List<RequestApplier.Applied> interrupted = applierOf(bob, bobHome).runDue(env.name());

        assertThat(bob.struck()).isTrue();
        assertThat(interrupted).singleElement().satisfies(a -> {
            assertThat(a.unrecorded()).as("says the database did not take it").isNotNull();
            assertThat(a.outcomes()).as("stopped after the first switch").singleElement()
                    .satisfies(o -> assertThat(o.succeeded()).isTrue());
        });
        assertThat(sandbox.faults().writesAccepted()).isEqualTo(1);
        TEAM.comeBack();
        ApprovalRequest stuck = alice.find(id);
        assertThat(stuck.state()).isEqualTo(RequestState.APPLYING);
        assertThat(stuck.items().get(0).started()).as("marked before it was sent").isTrue();
        assertThat(stuck.items().get(0).outcome()).isNull();
        assertThat(stuck.items().get(1).started()).as("never marked: never sent").isFalse();
        assertThat(alice.list(true)).as("listed while it waits to be resumed").extracting(ApprovalRequest::id)
                .contains(id);

        ChangeRequests carol = ApprovalRig.requestsOf(TEAM, "carol", SHORT_LEASE);
        List<RequestApplier.Applied> resumed = runDueUntilClaimed(applierOf(carol, carolHome), env.name());

        assertThat(resumed).singleElement().satisfies(a -> {
            assertThat(a.unrecorded()).isNull();
            assertThat(a.request().state()).isEqualTo(RequestState.APPLIED);
            assertThat(a.request().appliedBy()).isEqualTo("carol");
        });
        assertThat(sandbox.faults().writesAccepted()).as("three switches, three writes: none sent twice").isEqualTo(3);
        assertThat(targets).noneMatch(t -> ApprovalRig.activeOnServer(sandbox, t));
        ApprovalRequest done = alice.find(id);
        assertThat(done.items()).allSatisfy(item -> assertThat(item.outcome().succeeded()).isTrue());
        assertThat(done.items().get(0).outcome().message())
                .isEqualTo("already inactive when the change request was resumed: an earlier attempt reached the server,"
                        + " so it was not sent again");
        List<ActivityEntry> carolsLog = Fixtures.entries(new ActivityLog(carolHome));
        assertThat(carolsLog).extracting(e -> e.outcome().kind())
                .containsExactlyInAnyOrder(OutcomeKind.CANCELLED, OutcomeKind.SUCCEEDED, OutcomeKind.SUCCEEDED);
        assertThat(carolsLog).allSatisfy(e -> assertThat(e.batch()).isEqualTo(id));
        assertThat(applierOf(carol, carolHome).runDue(env.name())).as("nothing left to claim").isEmpty();
    }

    @Test
    void aClaimantWhoseLeaseWasTakenOverSendsNothingMore() throws Exception {
        ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
        List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env, 6).subList(3, 6);
        String id = ApprovalRig.dueRequest(alice, ApprovalRig.requestsOf(TEAM, "bob"), env, targets);
        ChangeRequests bob = ApprovalRig.requestsOf(TEAM, "bob", SHORT_LEASE);
        ApprovalRequest claimedByBob = bob.claimNextDue(env.name()).orElseThrow();
        // bob's console stalls past its lease; carol's takes the request over
        ChangeRequests carol = ApprovalRig.requestsOf(TEAM, "carol", Duration.ofMinutes(5));
        AtomicReference<Optional<ApprovalRequest>> takenOver = new AtomicReference<>(Optional.empty());
        TeamEntries.await("carol takes the lapsed claim over", Duration.ofSeconds(30), () -> {
            try {
                takenOver.set(carol.claimNextDue(env.name()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return takenOver.get().isPresent();
        });
        assertThat(takenOver.get().orElseThrow().id()).isEqualTo(id);

        RequestApplier.Applied late = applierOf(bob, bobHome).apply(claimedByBob, RequestApplier.StaleChoice.LEAVE_ALONE);

        assertThat(late.outcomes()).as("bob's console sends nothing once its claim is gone").isEmpty();
        assertThat(late.unrecorded().english()).startsWith("Change request " + id + " is no longer this console's to apply");
        assertThat(sandbox.faults().writesAccepted()).isZero();
        RequestApplier.Applied carols = applierOf(carol, carolHome).apply(takenOver.get().orElseThrow(),
                RequestApplier.StaleChoice.LEAVE_ALONE);
        assertThat(carols.request().state()).isEqualTo(RequestState.APPLIED);
        assertThat(sandbox.faults().writesAccepted()).isEqualTo(3);
    }
}
