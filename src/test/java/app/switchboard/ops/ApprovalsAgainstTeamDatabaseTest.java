package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.NewRequest;
import app.switchboard.approvals.RequestException;
import app.switchboard.approvals.RequestItem;
import app.switchboard.approvals.RequestState;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four eyes through a real PostgreSQL: alice asks, bob approves and his console applies through the
 * change engine against the sandbox, and alice sees the outcome. The sandbox's count of accepted
 * writes says what reached the API.
 */
class ApprovalsAgainstTeamDatabaseTest {
    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(21).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment env = ApprovalRig.environment(sandbox);

    @TempDir
    Path aliceHome;
    @TempDir
    Path bobHome;

    private ChangeRequests alice;
    private ChangeRequests bob;

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(TEAM);
    }

    @AfterEach
    void stop() {
        http.close();
        sandbox.close();
    }

    private ChangeEngine engineOf(ChangeRequests person, Path home) {
        return ApprovalRig.engine(sandbox, http, home, ApprovalGate.through(person), person.me());
    }

    private String requestedId(ChangeOutcome outcome) {
        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.CANCELLED);
        String message = outcome.message();
        assertThat(message).startsWith("awaiting approval as change request ");
        return message.substring("awaiting approval as change request ".length(), message.indexOf(';'));
    }

    @Test
    void aRequestApprovedByASecondPersonIsAppliedAndTheRequesterSeesTheOutcomeLive() throws Exception {
        alice = ApprovalRig.requestsOf(TEAM, "alice");
        bob = ApprovalRig.requestsOf(TEAM, "bob");
        ChangeTarget target = ApprovalRig.activeEntitlements(sandbox, env, 1).get(0);
        ChangeEngine aliceEngine = engineOf(alice, aliceHome);

        ChangeOutcome asked = aliceEngine.change(ChangeRequest.set(target, true, false));
        String id = requestedId(asked);

        assertThat(sandbox.faults().writesAccepted()).as("nothing sent before approval").isZero();
        assertThat(ApprovalRig.activeOnServer(sandbox, target)).isTrue();
        assertThat(bob.openCount()).isEqualTo(1);
        ApprovalRequest seenByBob = bob.find(id);
        assertThat(seenByBob.requester()).isEqualTo("alice");
        assertThat(seenByBob.reason()).isEqualTo("customer asked on the phone");
        assertThat(seenByBob.items()).singleElement().satisfies(item -> {
            assertThat(item.seenOn()).isTrue();
            assertThat(item.desiredOn()).isFalse();
        });

        CountDownLatch applied = new CountDownLatch(1);
        try (AutoCloseable watching = alice.watch(() -> {
            try {
                if (alice.find(id).state() == RequestState.APPLIED) {
                    applied.countDown();
                }
            } catch (RequestException e) {
                throw new IllegalStateException(e);
            }
        })) {
            RequestApplier.Applied result = ApprovalRig.applier(engineOf(bob, bobHome), bob, env)
                    .approveAndApply(id, "checked with the customer", RequestApplier.StaleChoice.LEAVE_ALONE)
                    .orElseThrow();
            assertThat(result.outcomes()).singleElement().satisfies(o -> assertThat(o.succeeded()).isTrue());
            assertThat(applied.await(30, TimeUnit.SECONDS)).as("alice's console heard the outcome").isTrue();
        }

        assertThat(sandbox.faults().writesAccepted()).isEqualTo(1);
        assertThat(ApprovalRig.activeOnServer(sandbox, target)).isFalse();
        ApprovalRequest seenByAlice = alice.find(id);
        assertThat(seenByAlice.state()).isEqualTo(RequestState.APPLIED);
        assertThat(seenByAlice.decidedBy()).isEqualTo("bob");
        assertThat(seenByAlice.appliedBy()).isEqualTo("bob");
        assertThat(seenByAlice.items().get(0).outcome().succeeded()).isTrue();
        assertThat(seenByAlice.items().get(0).outcome().nowOn()).isFalse();
        List<ActivityEntry> bobsLog = Fixtures.entries(new ActivityLog(bobHome));
        assertThat(bobsLog).singleElement().satisfies(entry -> {
            assertThat(entry.batch()).as("linked to the request").isEqualTo(id);
            assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.SUCCEEDED);
            assertThat(entry.reason()).contains("customer asked on the phone").contains(id).contains("approved by bob");
            assertThat(entry.id()).isEqualTo(seenByAlice.items().get(0).outcome().entryId());
        });
    }

    @Test
    void nobodyApprovesTheirOwnRequestNotEvenBehindTheConsolesBack() throws Exception {
        alice = ApprovalRig.requestsOf(TEAM, "alice");
        ChangeTarget target = ApprovalRig.activeEntitlements(sandbox, env, 2).get(1);
        String id = requestedId(engineOf(alice, aliceHome).change(ChangeRequest.set(target, true, false)));

        assertThatThrownBy(() -> ApprovalRig.applier(engineOf(alice, aliceHome), alice, env)
                .approveAndApply(id, "fine by me", RequestApplier.StaleChoice.LEAVE_ALONE))
                .isInstanceOf(RequestException.class)
                .hasMessage("Nobody approves their own change request: another person must approve it");
        try (Connection asAlice = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + TEAM.port()
                + "/" + TEAM.database(), "alice", null); Statement sql = asAlice.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("update change_request set state = 'approved' where id = '" + id + "'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("nobody approves or rejects their own");
        }
        assertThat(alice.find(id).state()).isEqualTo(RequestState.OPEN);
        assertThat(sandbox.faults().writesAccepted()).isZero();
    }

    @Test
    void anItemChangedSinceTheRequestShowsWasAndNowAndTheApproverChooses() throws Exception {
        alice = ApprovalRig.requestsOf(TEAM, "alice");
        bob = ApprovalRig.requestsOf(TEAM, "bob");
        List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env, 5).subList(2, 5);
        // alice saw all three active; someone else switches the first two off before bob approves
        String id = alice.submit(new NewRequest(env.name(), targets.stream().map(t -> RequestItem.of(t.api(),
                t.targetId(), t.item(), t.displayName(), true, false)).toList(), "contract ended", null, null)).id();
        ChangeEngine outside = ApprovalRig.engine(env.withApproval(app.switchboard.credentials.ApprovalRule.NONE),
                sandbox.clientSecret(), sandbox.fynnApiKey(), http, new ActivityLog(aliceHome.resolve("x")),
                ApprovalGate.withoutTeamDatabase(), "carol");
        for (ChangeTarget t : targets.subList(0, 2)) {
            ChangeTarget plain = new ChangeTarget(env.withApproval(app.switchboard.credentials.ApprovalRule.NONE),
                    t.api(), t.targetId(), t.item(), t.displayName());
            assertThat(outside.change(ChangeRequest.set(plain, true, false)).succeeded()).isTrue();
            assertThat(outside.change(ChangeRequest.set(plain, false, true)).succeeded()).isTrue();
            assertThat(outside.change(ChangeRequest.set(plain, true, false)).succeeded()).isTrue();
        }
        long writesBefore = sandbox.faults().writesAccepted();
        List<StaleWrite> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<String> first = new AtomicReference<>();

        RequestApplier.Applied result = ApprovalRig.applier(engineOf(bob, bobHome), bob, env)
                .approveAndApply(id, "ok", stale -> {
                    shown.add(stale);
                    // write the first anyway (off again: no change), leave the second as it is
                    return first.compareAndSet(null, stale.request().target().item());
                }).orElseThrow();

        assertThat(shown).hasSize(2).allSatisfy(stale -> {
            assertThat(stale.wasOn()).isTrue();
            assertThat(stale.nowOn()).isFalse();
            assertThat(stale.message()).isEqualTo("changed since you loaded it: was active, now inactive");
        });
        assertThat(result.outcomes()).extracting(ChangeOutcome::kind).containsExactly(
                ChangeOutcome.Kind.SUCCEEDED, ChangeOutcome.Kind.STALE, ChangeOutcome.Kind.SUCCEEDED);
        assertThat(sandbox.faults().writesAccepted() - writesBefore).as("the written-anyway item and the fresh one")
                .isEqualTo(2);
        ApprovalRequest after = alice.find(id);
        assertThat(after.state()).isEqualTo(RequestState.PARTLY_APPLIED);
        assertThat(after.items().get(1).outcome().kind()).isEqualTo("STALE");
        assertThat(after.items().get(1).outcome().nowOn()).isFalse();
        assertThat(after.items().get(1).outcome().message()).contains("was active, now inactive");
    }

    @Test
    void aRequestCanBeWithdrawnByItsRequesterAndRejectedWithACommentButNotApprovedAfterwards() throws Exception {
        alice = ApprovalRig.requestsOf(TEAM, "alice");
        bob = ApprovalRig.requestsOf(TEAM, "bob");
        List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env, 7).subList(5, 7);
        ChangeEngine aliceEngine = engineOf(alice, aliceHome);
        String withdrawn = requestedId(aliceEngine.change(ChangeRequest.set(targets.get(0), true, false)));
        String rejected = requestedId(aliceEngine.change(ChangeRequest.set(targets.get(1), true, false)));

        assertThatThrownBy(() -> bob.withdraw(withdrawn)).hasMessage("Only the requester (alice) can withdraw this change request");
        assertThat(alice.withdraw(withdrawn).state()).isEqualTo(RequestState.WITHDRAWN);
        assertThatThrownBy(() -> bob.approve(withdrawn, null)).hasMessage("This change request is no longer open: it is withdrawn");

        assertThatThrownBy(() -> bob.reject(rejected, " ")).hasMessage("Rejecting a change request needs a comment saying why");
        ApprovalRequest no = bob.reject(rejected, "not without the account manager");
        assertThat(no.state()).isEqualTo(RequestState.REJECTED);
        assertThat(alice.find(rejected).comment()).isEqualTo("not without the account manager");
        assertThatThrownBy(() -> ApprovalRig.applier(engineOf(bob, bobHome), bob, env)
                .approveAndApply(rejected, null, RequestApplier.StaleChoice.LEAVE_ALONE))
                .hasMessage("This change request is no longer open: it is rejected");

        assertThat(bob.openCount()).isZero();
        assertThat(sandbox.faults().writesAccepted()).isZero();
        assertThat(targets).allMatch(t -> ApprovalRig.activeOnServer(sandbox, t));
    }

    @Test
    void theDatabaseStoppedBetweenApproveAndApplyLosesNothingAndAppliesNothingTwice() throws Exception {
        alice = ApprovalRig.requestsOf(TEAM, "alice");
        bob = ApprovalRig.requestsOf(TEAM, "bob");
        ChangeTarget target = ApprovalRig.activeEntitlements(sandbox, env, 8).get(7);
        String id = alice.submit(new NewRequest(env.name(), List.of(RequestItem.of(target.api(), target.targetId(),
                target.item(), target.displayName(), true, false)), "end of trial", Instant.now().minusSeconds(1),
                null)).id();
        assertThat(bob.approveAndClaim(id, "ok").state()).as("scheduled: waits for its time")
                .isEqualTo(RequestState.APPROVED);
        RequestApplier scheduler = ApprovalRig.applier(engineOf(bob, bobHome), bob, env);

        TEAM.goOffline();
        try {
            assertThatThrownBy(() -> scheduler.runDue(env.name())).isInstanceOfSatisfying(RequestException.class,
                    e -> assertThat(e.kind()).isEqualTo(RequestException.Kind.UNAVAILABLE));
            assertThat(sandbox.faults().writesAccepted()).isZero();
        } finally {
            TEAM.comeBack();
        }

        assertThat(bob.find(id).state()).as("still approved, nothing lost").isEqualTo(RequestState.APPROVED);
        assertThat(scheduler.runDue(env.name())).singleElement().satisfies(applied ->
                assertThat(applied.request().state()).isEqualTo(RequestState.APPLIED));
        assertThat(scheduler.runDue(env.name())).isEmpty();
        assertThat(sandbox.faults().writesAccepted()).isEqualTo(1);
        assertThat(ApprovalRig.activeOnServer(sandbox, target)).isFalse();
    }
}
