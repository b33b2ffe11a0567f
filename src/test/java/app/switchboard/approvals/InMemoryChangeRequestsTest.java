package app.switchboard.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.Api;
import app.switchboard.testsupport.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The four-eyes rules every store keeps, here on the in-memory store. */
class InMemoryChangeRequestsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final InMemoryChangeRequests alice = new InMemoryChangeRequests(clock, "alice");
    private final InMemoryChangeRequests bob = alice.as("bob");

    private NewRequest switchOff(String reason, Instant applyAt, Duration window) {
        return new NewRequest("Production", List.of(RequestItem.of(Api.DER_CONNECT, "e-1", "CaptureChargeSessions",
                "EV \"Anna's car\"", true, false)), reason, applyAt, window);
    }

    @Test
    void aRequestNeedsAReasonAndAtLeastOneSwitch() {
        assertThatThrownBy(() -> alice.submit(switchOff("  ", null, null)))
                .hasMessage("Changes in Production need a reason before they can be requested");
        assertThatThrownBy(() -> alice.submit(new NewRequest("Production", List.of(), "why", null, null)))
                .hasMessage("A change request needs at least one switch");
        assertThat(alice.list(false)).isEmpty();
    }

    @Test
    void nobodyApprovesOrRejectsTheirOwnRequest() throws Exception {
        String id = alice.submit(switchOff("contract ended", null, null)).id();

        assertThatThrownBy(() -> alice.approve(id, null))
                .hasMessage("Nobody approves their own change request: another person must approve it");
        assertThatThrownBy(() -> alice.reject(id, "never mind"))
                .hasMessage("Nobody rejects their own change request: withdraw it instead");
        assertThat(bob.find(id).state()).isEqualTo(RequestState.OPEN);
        ApprovalRequest approved = bob.approve(id, "ok");
        assertThat(approved.state()).isEqualTo(RequestState.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("bob");
    }

    @Test
    void onlyTheRequesterWithdrawsAndOnlyWhileOpen() throws Exception {
        String id = alice.submit(switchOff("contract ended", null, null)).id();
        assertThatThrownBy(() -> bob.withdraw(id)).hasMessage("Only the requester (alice) can withdraw this change request");
        assertThat(alice.withdraw(id).state()).isEqualTo(RequestState.WITHDRAWN);
        assertThatThrownBy(() -> alice.withdraw(id)).hasMessage("This change request is no longer open: it is withdrawn");
        assertThatThrownBy(() -> bob.approve(id, null)).hasMessage("This change request is no longer open: it is withdrawn");
    }

    @Test
    void rejectingNeedsACommentAndEndsTheRequest() throws Exception {
        String id = alice.submit(switchOff("contract ended", null, null)).id();
        assertThatThrownBy(() -> bob.reject(id, "")).hasMessage("Rejecting a change request needs a comment saying why");
        assertThat(bob.reject(id, "ask the account manager").comment()).isEqualTo("ask the account manager");
        assertThatThrownBy(() -> bob.approveAndClaim(id, null)).hasMessage("This change request is no longer open: it is rejected");
    }

    @Test
    void anUnscheduledRequestIsClaimedByItsApproverAtOnceAndByNobodyElse() throws Exception {
        String id = alice.submit(switchOff("contract ended", null, null)).id();
        ApprovalRequest claimed = bob.approveAndClaim(id, null);
        assertThat(claimed.state()).isEqualTo(RequestState.APPLYING);
        assertThat(claimed.appliedBy()).isEqualTo("bob");
        assertThatThrownBy(() -> alice.as("carol").recordOutcome(id, 0, new ItemOutcome("SUCCEEDED", null, false, "x", clock.instant())))
                .hasMessage("Change request " + id + " is not being applied by you");
        bob.recordOutcome(id, 0, new ItemOutcome("SUCCEEDED", null, false, "entry-1", clock.instant()));
        assertThat(bob.finish(id).state()).isEqualTo(RequestState.APPLIED);
    }

    @Test
    void aScheduledRequestWaitsForItsTimeAndExpiresVisiblyAfterItsWindow() throws Exception {
        String later = alice.submit(switchOff("end of month", clock.instant().plus(Duration.ofHours(2)), Duration.ofHours(1))).id();
        String unapproved = alice.submit(switchOff("end of month too", clock.instant().plus(Duration.ofHours(1)),
                Duration.ofMinutes(30))).id();
        assertThat(bob.approveAndClaim(later, null).state()).isEqualTo(RequestState.APPROVED);
        assertThat(bob.claimNextDue("Production")).isEmpty();

        clock.advance(Duration.ofHours(2));
        assertThat(bob.expireOverdue()).as("the unapproved one's window is over").isEqualTo(1);
        assertThat(alice.find(unapproved).state()).isEqualTo(RequestState.EXPIRED);
        assertThat(bob.claimNextDue("Staging")).as("another environment's scheduler").isEmpty();
        assertThat(bob.claimNextDue("Production")).get().extracting(ApprovalRequest::id).isEqualTo(later);
        assertThat(alice.as("carol").claimNextDue("Production")).as("claimed once").isEmpty();

        String missed = alice.submit(switchOff("missed", clock.instant().plus(Duration.ofMinutes(1)), Duration.ofMinutes(10))).id();
        bob.approve(missed, null);
        clock.advance(Duration.ofMinutes(11));
        assertThat(bob.claimNextDue("Production")).as("past its window: never applied late").isEmpty();
        bob.expireOverdue();
        assertThat(alice.find(missed).state()).isEqualTo(RequestState.EXPIRED);
    }

    @Test
    void everyChangeIsAnnouncedToWatchers() throws Exception {
        AtomicInteger heard = new AtomicInteger();
        try (AutoCloseable watching = bob.watch(heard::incrementAndGet)) {
            String id = alice.submit(switchOff("contract ended", null, null)).id();
            alice.withdraw(id);
        }
        alice.submit(switchOff("after closing", null, null));
        assertThat(heard).hasValue(2);
    }
}
