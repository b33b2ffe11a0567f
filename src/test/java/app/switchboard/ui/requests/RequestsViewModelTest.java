package app.switchboard.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.approvals.InMemoryChangeRequests;
import app.switchboard.approvals.RequestState;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ApprovalGate;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.FakeGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.StaleWrite;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.change.StaleWriteChooser;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Requests view's model, without a stage: alice's console asks, bob's decides. */
class RequestsViewModelTest {
    private final Environment prod = new Environment("Production", "#c62828", RiskLevel.PRODUCTION, "http://der",
            "http://token", "client", "esp", "http://fynn", false).withApproval(ApprovalRule.EVERY_CHANGE);
    private final InMemoryChangeRequests aliceStore = new InMemoryChangeRequests(Clock.systemUTC(), "alice");
    private final FakeGateway der = new FakeGateway(Api.DER_CONNECT);
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final List<StaleWrite> staleShown = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @TempDir
    Path home;

    private ChangeEngine engine(InMemoryChangeRequests store, String person) {
        return new ChangeEngine(List.of(der), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("ticket 7")),
                new ActivityLog(home.resolve(person)), new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), person,
                ApprovalGate.through(store));
    }

    private RequestsViewModel consoleOf(InMemoryChangeRequests store, StaleWriteChooser.Choice staleAnswer) {
        return new RequestsViewModel(ApprovalGate.through(store), engine(store, store.me()),
                new InMemoryEnvironmentStore(List.of(prod)), TaskRunner.sameThread((what, e) -> errors.add(what)),
                Runnable::run, stale -> {
                    staleShown.add(stale);
                    return CompletableFuture.completedFuture(staleAnswer);
                }, messages, Clock.systemUTC());
    }

    private ChangeTarget car(int n) {
        return ChangeTarget.derFeature(prod, "entity-" + n, "CaptureChargeSessions", "Car " + n, "EV", "VIN" + n);
    }

    @Test
    void theBadgeCountsARequestLiveAndTheApproverAppliesItWithTheSwitchChangedOnTheServer() {
        RequestsViewModel bob = consoleOf(aliceStore.as("bob"), StaleWriteChooser.Choice.RELOAD);
        bob.refresh();
        assertThat(bob.openCountProperty().get()).isZero();
        der.set(car(1), true);

        assertThat(engine(aliceStore, "alice").change(ChangeRequest.set(car(1), true, false)).awaitsApproval()).isTrue();

        assertThat(bob.openCountProperty().get()).as("heard without a refresh").isEqualTo(1);
        assertThat(bob.requests()).singleElement().satisfies(r -> assertThat(r.requester()).isEqualTo("alice"));
        assertThat(bob.colourOf("Production")).isEqualTo("#c62828");
        bob.selectedProperty().set(bob.requests().get(0));
        assertThat(bob.canDecide().get()).isTrue();
        assertThat(bob.canWithdraw().get()).isFalse();
        assertThat(der.writes()).isZero();

        bob.approve();

        assertThat(bob.statusProperty().get()).isEqualTo("Change request applied: 1 of 1 switches changed.");
        assertThat(der.isOn(car(1))).isFalse();
        assertThat(der.writes()).isEqualTo(1);
        assertThat(bob.openCountProperty().get()).isZero();
        assertThat(aliceStore.list(false)).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(RequestState.APPLIED));
    }

    @Test
    void theRequesterCannotDecideTheirOwnButMayWithdrawIt() {
        RequestsViewModel alice = consoleOf(aliceStore, StaleWriteChooser.Choice.RELOAD);
        der.set(car(2), true);
        engine(aliceStore, "alice").change(ChangeRequest.set(car(2), true, false));
        alice.refresh();
        alice.selectedProperty().set(alice.requests().get(0));

        assertThat(alice.canDecide().get()).isFalse();
        assertThat(alice.canWithdraw().get()).isTrue();
        alice.approve();
        assertThat(alice.statusProperty().get()).isEqualTo("Nobody approves their own change request: another person must approve it");

        alice.withdraw();
        assertThat(alice.statusProperty().get()).isEqualTo("Change request withdrawn; nothing was changed.");
        assertThat(alice.requests()).isEmpty();
        assertThat(der.writes()).isZero();
    }

    @Test
    void rejectingWithoutACommentSaysWhyAndKeepsTheRequestOpen() {
        RequestsViewModel bob = consoleOf(aliceStore.as("bob"), StaleWriteChooser.Choice.RELOAD);
        der.set(car(3), true);
        engine(aliceStore, "alice").change(ChangeRequest.set(car(3), true, false));
        bob.refresh();
        bob.selectedProperty().set(bob.requests().get(0));

        bob.reject();
        assertThat(bob.statusProperty().get()).isEqualTo("Rejecting a change request needs a comment saying why");
        assertThat(bob.openCountProperty().get()).isEqualTo(1);

        bob.commentProperty().set("ask the account manager first");
        bob.reject();
        assertThat(bob.statusProperty().get()).isEqualTo("Change request rejected.");
        assertThat(bob.openCountProperty().get()).isZero();
    }

    @Test
    void aSwitchChangedSinceTheRequestIsPutToTheApproverWhoMayLeaveIt() {
        RequestsViewModel bob = consoleOf(aliceStore.as("bob"), StaleWriteChooser.Choice.RELOAD);
        der.set(car(4), true);
        engine(aliceStore, "alice").change(ChangeRequest.set(car(4), true, false));
        der.set(car(4), false);
        bob.refresh();
        bob.selectedProperty().set(bob.requests().get(0));

        bob.approve();

        assertThat(staleShown).singleElement().satisfies(s -> assertThat(s.message())
                .isEqualTo("changed since you loaded it: was on, now off"));
        assertThat(bob.statusProperty().get()).isEqualTo("Change request partly applied: 0 of 1 switches changed.");
        assertThat(der.writes()).isZero();
    }

    @Test
    void openRequestsFromAnyConsoleMarkTheirSwitchesAwaitingApprovalUntilTheyAreDecided() {
        app.switchboard.ui.common.change.AwaitingApproval awaiting = new app.switchboard.ui.common.change.AwaitingApproval();
        RequestsViewModel bob = new RequestsViewModel(ApprovalGate.through(aliceStore.as("bob")),
                engine(aliceStore.as("bob"), "bob"), new InMemoryEnvironmentStore(List.of(prod)),
                TaskRunner.sameThread((what, e) -> errors.add(what)), Runnable::run,
                stale -> CompletableFuture.completedFuture(StaleWriteChooser.Choice.RELOAD), messages, Clock.systemUTC(),
                awaiting);
        bob.refresh();
        der.set(car(5), true);

        engine(aliceStore, "alice").change(ChangeRequest.set(car(5), true, false));

        String id = aliceStore.list(true).get(0).id();
        assertThat(awaiting.of("Production", Api.DER_CONNECT, "entity-5", "CaptureChargeSessions"))
                .as("heard from alice's console, not flipped in this one").hasValueSatisfying(r ->
                        assertThat(app.switchboard.ui.common.change.AwaitingApproval.words(r, Api.DER_CONNECT,
                                "entity-5", "CaptureChargeSessions", messages)).isEqualTo("Change request " + id
                                + " by alice asks for off; nothing is sent until another person approves it."));
        assertThat(awaiting.of("Staging", Api.DER_CONNECT, "entity-5", "CaptureChargeSessions"))
                .as("another environment's switch of the same name").isEmpty();

        bob.selectedProperty().set(bob.requests().get(0));
        bob.commentProperty().set("not now");
        bob.reject();

        assertThat(awaiting.of("Production", Api.DER_CONNECT, "entity-5", "CaptureChargeSessions")).isEmpty();
    }

    @Test
    void aDueRequestThisConsoleClaimedAndAppliedIsSaidInTheRequestsView() throws Exception {
        InMemoryChangeRequests bobStore = aliceStore.as("bob");
        RequestsViewModel bob = consoleOf(bobStore, StaleWriteChooser.Choice.RELOAD);
        der.set(car(6), true);
        String id = aliceStore.submit(new app.switchboard.approvals.NewRequest("Production", List.of(
                app.switchboard.approvals.RequestItem.of(Api.DER_CONNECT, "entity-6", "CaptureChargeSessions", "Car 6",
                        true, false)), "end of trial", java.time.Instant.now().minusSeconds(1), null)).id();
        bobStore.approve(id, null);
        ChangeEngine engine = engine(bobStore, "bob");
        try (app.switchboard.ops.DueRequests due = new app.switchboard.ops.DueRequests(
                () -> java.util.Optional.of(bobStore), () -> java.util.Optional.of(prod),
                store -> new app.switchboard.ops.RequestApplier(engine, store,
                        new InMemoryEnvironmentStore(List.of(prod))::find, Clock.systemUTC()),
                java.time.Duration.ofHours(1), bob::report)) {
            due.start();
            app.switchboard.team.TeamEntries.await("the console applied it", java.time.Duration.ofSeconds(20),
                    () -> !bob.statusProperty().get().isEmpty());
        }

        assertThat(bob.statusProperty().get()).isEqualTo("Scheduled change request " + id
                + " applied by this console: 1 of 1 switches changed (applied).");
        assertThat(der.isOn(car(6))).isFalse();
        assertThat(der.writes()).isEqualTo(1);
    }

    @Test
    void theSentenceAboutAMissingTeamDatabaseGoesWhenTheDatabaseComes() {
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<app.switchboard.approvals.ChangeRequests>> team =
                new java.util.concurrent.atomic.AtomicReference<>(java.util.Optional.empty());
        RequestsViewModel bob = new RequestsViewModel(ApprovalGate.whenConnected(team::get), engine(aliceStore, "bob"),
                new InMemoryEnvironmentStore(List.of(prod)), TaskRunner.sameThread((what, e) -> errors.add(what)),
                Runnable::run, stale -> CompletableFuture.completedFuture(StaleWriteChooser.Choice.RELOAD), messages,
                Clock.systemUTC());
        bob.refresh();
        assertThat(bob.statusProperty().get()).startsWith("Change requests live in the team database");

        team.set(java.util.Optional.of(aliceStore.as("bob")));
        bob.teamChanged();

        assertThat(bob.statusProperty().get()).isEmpty();
    }
}
