package app.switchboard.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.ApprovalRig;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.paths.AppPaths;
import app.switchboard.resilience.SandboxRig;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.shell.Section;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two consoles, two people, one team database and one API: alice flips an entitlement in an
 * environment that needs approval and her console shows "Awaiting approval"; bob approves it in his
 * Requests view, his console applies it; alice's console sees the outcome live, the badge gone and
 * the switch where the server now has it.
 */
@ExtendWith(ApplicationExtension.class)
class TwoConsolesApprovalTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;
    private Sandbox sandbox;
    private AppContext alice;
    private AppContext bob;
    private ShellWindow aliceShell;
    private ShellWindow bobShell;
    private Stage aliceStage;
    private Stage bobStage;
    private final List<ConfirmationRequest> aliceAsked = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(DB);
    }

    @Start
    void start(Stage stage) {
        sandbox = Sandbox.start(SandboxConfig.builder().seed(26).build());
        Environment shared = SandboxRig.environment("Shared", sandbox.baseUrl(), sandbox.clientId())
                .withApproval(ApprovalRule.EVERY_CHANGE);
        alice = console("alice", shared, request -> {
            aliceAsked.add(request);
            return CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("customer cancelled"));
        });
        bob = console("bob", shared, request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed(null)));
        aliceStage = stage;
        aliceShell = new ShellWindow(alice);
        aliceShell.open(stage);
        bobStage = new Stage();
        bobShell = new ShellWindow(bob);
        bobShell.open(bobStage);
    }

    private AppContext console(String person, Environment shared, app.switchboard.ops.Confirmer confirmer) {
        AppPaths paths = new AppPaths(home.resolve(person + "/config"), home.resolve(person + "/data"));
        new TeamSettingsStore(paths.config()).save(TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), person,
                person + "-desk"));
        InMemorySecretStore secrets = new InMemorySecretStore();
        SandboxRig.storeSecrets(secrets, shared, sandbox);
        AppContext context = AppContext.builder(paths)
                .environments(new InMemoryEnvironmentStore(List.of(shared)))
                .secrets(secrets)
                .appearance(() -> false)
                .locale(Locale.ENGLISH)
                .user(person)
                .confirmer(confirmer)
                .build();
        context.startTeam();
        return context;
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> bobStage.close());
        alice.close();
        bob.close();
        sandbox.close();
    }

    private static void await(String what, java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Timed out waiting until " + what, e);
        }
    }

    private static <T extends Node> T in(FxRobot robot, Stage stage, String query, Class<T> type) {
        return robot.from(stage.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private static boolean present(FxRobot robot, Stage stage, String query) {
        return robot.from(stage.getScene().getRoot()).lookup(query).tryQuery().isPresent();
    }

    @Test
    void aFlipInOneConsoleIsApprovedInAnotherAndTheRequesterSeesTheOutcomeLive(FxRobot robot) {
        FynnModel.Subscription subscription = sandbox.fynnStore().subscriptions().stream()
                .filter(s -> sandbox.fynnStore().entitlementsOfSubscription(s).stream()
                        .anyMatch(e -> "active".equals(e.status(sandbox.clock().instant()))))
                .findFirst().orElseThrow();
        FynnModel.Entitlement entitlement = sandbox.fynnStore().entitlementsOfSubscription(subscription).stream()
                .filter(e -> "active".equals(e.status(sandbox.clock().instant()))).findFirst().orElseThrow();

        // alice opens the subscription and flips the entitlement off
        robot.interact(() -> {
            aliceStage.toFront();
            aliceShell.controller().model().sectionProperty().set(Section.SUBSCRIPTIONS);
        });
        await("alice's console lists subscriptions", () -> present(robot, aliceStage, "#subscriptionTable .table-row-cell"));
        TextField search = in(robot, aliceStage, "#searchField", TextField.class);
        robot.interact(() -> search.setText(subscription.number()));
        robot.clickOn(search).type(KeyCode.ENTER);
        await("the subscription is found", () -> robot.from(aliceStage.getScene().getRoot())
                .lookup("#subscriptionTable .table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0
                        && row.getItem() != null).tryQuery().isPresent());
        robot.doubleClickOn(robot.from(aliceStage.getScene().getRoot()).lookup("#subscriptionTable .table-row-cell")
                .match((TableRow<?> row) -> row.getIndex() == 0).<Node>query());
        String toggleId = "#switch-" + entitlement.id();
        await("the entitlements are shown", () -> present(robot, aliceStage, toggleId));
        WaitForAsyncUtils.waitForFxEvents();
        // the detail may draw its cells again once it has loaded: the click finds the switch as it is then
        robot.clickOn(toggleId + " .thumb-area");

        await("alice's switch shows it awaits approval", () -> present(robot, aliceStage, "#awaiting-" + entitlement.id()));
        assertThat(aliceAsked).singleElement().satisfies(q -> assertThat(q.forApproval()).isTrue());
        Label badge = in(robot, aliceStage, "#awaiting-" + entitlement.id(), Label.class);
        assertThat(badge.getText()).isEqualTo("Awaiting approval");
        assertThat(badge.getAccessibleText()).startsWith("Awaiting approval: Change request ")
                .endsWith(" by alice asks for inactive; nothing is sent until another person approves it.");
        assertThat(in(robot, aliceStage, toggleId, ToggleSwitch.class).isSelected()).as("nothing sent yet").isTrue();
        assertThat(in(robot, aliceStage, toggleId, ToggleSwitch.class).isDisabled()).isTrue();
        assertThat(sandbox.faults().writesAccepted()).isZero();

        // bob sees it in his Requests view, with the count beside "Requests", and approves it
        robot.interact(() -> {
            bobStage.toFront();
            bobShell.controller().model().sectionProperty().set(Section.REQUESTS);
        });
        await("bob's badge counts it", () -> "1".equals(in(robot, bobStage, "#requestsBadge", Label.class).getText()));
        @SuppressWarnings("unchecked")
        TableView<ApprovalRequest> table = robot.from(bobStage.getScene().getRoot())
                .lookup((Node n) -> n instanceof TableView<?> t && "Change requests".equals(t.getAccessibleText()))
                .queryAs(TableView.class);
        await("bob's Requests view lists it", () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).requester()).isEqualTo("alice");
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0)
                .<Node>query());
        robot.clickOn(robot.from(bobStage.getScene().getRoot()).lookup("Approve and apply").<Node>query());
        await("bob's console applied it", () -> bob.service(RequestsViewModel.class).statusProperty().get()
                .equals("Change request applied: 1 of 1 switches changed."));
        assertThat(sandbox.faults().writesAccepted()).isEqualTo(1);

        // alice's console hears it: the badge goes, the switch shows the server's new state
        await("alice's badge is gone", () -> !present(robot, aliceStage, "#awaiting-" + entitlement.id()));
        await("alice's switch shows it off", () -> !in(robot, aliceStage, toggleId, ToggleSwitch.class).isSelected());
        assertThat(sandbox.fynnStore().entitlement(entitlement.id()).orElseThrow().status(sandbox.clock().instant()))
                .isNotEqualTo("active");
        await("alice's Requests badge has nothing open", () -> !in(robot, aliceStage, "#requestsBadge", Label.class).isVisible());
    }
}
