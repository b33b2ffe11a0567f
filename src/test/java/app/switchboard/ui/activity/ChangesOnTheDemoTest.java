package app.switchboard.ui.activity;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.table.StatusBadge;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Changes through the whole application on the Demo environment (the embedded sandbox), with
 * same-thread tasks and scripted confirmations: the toggle, its notice, the activity view, undo
 * from a row and Ctrl+Z.
 */
@ExtendWith(ApplicationExtension.class)
class ChangesOnTheDemoTest {
    @TempDir
    Path home;
    private AppContext context;
    private final List<ConfirmationRequest> asked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        context = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .sandbox(SandboxConfig.builder().seed(5).build())
                .appearance(() -> false)
                .locale(Locale.ENGLISH)
                .user("alice")
                .confirmer(request -> {
                    asked.add(request);
                    return CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("support call 17"));
                })
                .sameThreadTasks()
                .build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private EnvironmentConnection connection() {
        return context.session().connection().orElseThrow(() -> new AssertionError("the Demo did not connect"));
    }

    private ChangeTarget activeEntitlement() {
        FynnApi fynn = connection().fynn();
        for (Subscription s : fynn.subscriptions(SubscriptionQuery.all(), 1, 50).data()) {
            for (Entitlement e : fynn.entitlements(s.id(), null, false)) {
                if (FynnEntitlementGateway.isOn(e) && "active".equals(e.status().value())) {
                    return ChangeTarget.fynnEntitlement(connection().environment(), s.id(), e.id(), null, null,
                            s.number(), e.feature() == null ? null : e.feature().name());
                }
            }
        }
        throw new AssertionError("the seed has no active entitlement");
    }

    /** Capturing charge sessions on a heat pump: DER Connect refuses it. */
    private ChangeTarget heatPumpCapture() {
        DerConnectApi der = connection().der();
        Entity heatPump = der.entities().filter(e -> EntityType.HEAT_PUMP.equals(e.type())).findFirst().orElseThrow();
        return ChangeTarget.derFeature(connection().environment(), heatPump.id(),
                DerConnectApi.CAPTURE_CHARGE_SESSIONS, heatPump.name(), "HeatPump", heatPump.identifier());
    }

    private boolean isOnServer(ChangeTarget target) {
        return connection().fynn().entitlements(target.targetId(), null, true).stream()
                .filter(e -> e.id().equals(target.item())).findFirst().map(FynnEntitlementGateway::isOn).orElseThrow();
    }

    private ChangeOutcome change(FxRobot robot, ChangeRequest request) {
        AtomicReference<ChangeOutcome> outcome = new AtomicReference<>();
        robot.interact(() -> context.service(ChangeRunner.class).change(request, outcome::set));
        WaitForAsyncUtils.waitForFxEvents();
        return outcome.get();
    }

    @SuppressWarnings("unchecked")
    private TableView<ActivityEntry> activityTable(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#activityTable").queryAs(TableView.class);
    }

    @Test
    void aToggleSucceedsOnTheSandboxAndTheActivityViewShowsTheEntry(FxRobot robot) {
        ChangeTarget target = activeEntitlement();

        ChangeOutcome off = change(robot, ChangeRequest.set(target, true, false));

        assertThat(off.kind()).isEqualTo(ChangeOutcome.Kind.SUCCEEDED);
        assertThat(off.after().statusText()).isEqualTo("disabled");
        assertThat(isOnServer(target)).isFalse();
        assertThat(asked).as("Demo asks before switching off").hasSize(1);
        Notice notice = context.service(Notifier.class).notices().get(0);
        assertThat(notice.message()).isEqualTo(target.displayName() + " is now inactive (disabled) in Demo.");
        assertThat(robot.lookup(".notice-title").queryLabeled().getText()).isEqualTo("Changed");

        TableView<ActivityEntry> table = activityTable(robot);
        assertThat(table.getItems()).singleElement().satisfies(entry -> {
            assertThat(entry.targetName()).isEqualTo(target.displayName());
            assertThat(entry.user()).isEqualTo("alice");
            assertThat(entry.reason()).isEqualTo("support call 17");
            assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.SUCCEEDED);
        });
        assertThat(robot.lookup("#activityTable .status-badge").queryAs(StatusBadge.class).words()).isEqualTo("Succeeded");
        TableCell<?, ?> timeCell = robot.lookup("#activityTable .table-row-cell .table-cell").queryAs(TableCell.class);
        javafx.scene.text.Text shown = (javafx.scene.text.Text) timeCell.lookup(".text");
        assertThat(shown.getText()).as("the time is shown whole").isEqualTo(timeCell.getText()).isNotBlank();
    }

    @Test
    void undoFromTheActivityRowRestoresTheState(FxRobot robot) {
        ChangeTarget target = activeEntitlement();
        change(robot, ChangeRequest.set(target, true, false));
        TableView<ActivityEntry> table = activityTable(robot);

        robot.clickOn(robot.lookup(".activity-undo").queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(isOnServer(target)).as("undone on the server").isTrue();
        assertThat(table.getItems()).hasSize(2);
        ActivityEntry undo = table.getItems().get(0);
        assertThat(undo.undoOf()).isEqualTo(table.getItems().get(1).id());
        assertThat(undo.action()).isEqualTo("enable");
        ActivityHistory history = context.service(ActivityHistory.class);
        var undone = ActivityHistory.undone(table.getItems());
        assertThat(history.whyNotUndoable(table.getItems().get(1), undone))
                .hasValue("This change has already been undone.");
        assertThat(history.whyNotUndoable(undo, undone)).as("the undo itself can be undone").isEmpty();
    }

    @Test
    void aRefusedChangeShowsTheServersReasonInANotice(FxRobot robot) {
        ChangeTarget target = heatPumpCapture();

        ChangeOutcome outcome = change(robot, ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.REFUSED);
        Notice notice = context.service(Notifier.class).notices().get(0);
        assertThat(notice.title()).isEqualTo("Refused by DER Connect");
        assertThat(notice.message()).contains("only available for entities of type EV or ChargePoint");
        assertThat(robot.lookup(".notice-message").queryLabeled().getText())
                .contains("only available for entities of type EV or ChargePoint");
    }

    @Test
    void aRefusedEntryShowsTheAttemptedChangeAndLongTextsHaveTooltips(FxRobot robot) {
        ChangeTarget target = heatPumpCapture();
        change(robot, ChangeRequest.set(target, false, true));

        activityTable(robot);
        List<String> texts = robot.lookup("#activityTable .table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).filter(java.util.Objects::nonNull).toList();

        assertThat(texts).contains("enable: off → on (still off)").noneMatch(text -> text.contains("off → off"));
        TableCell<?, ?> targetCell = robot.lookup("#activityTable .table-cell")
                .match((TableCell<?, ?> cell) -> target.displayName().equals(cell.getText())).query();
        assertThat(targetCell.getTooltip().getText()).isEqualTo(target.displayName());
        TableCell<?, ?> messageCell = robot.lookup("#activityTable .table-cell")
                .match((TableCell<?, ?> cell) -> cell.getText() != null && cell.getText().contains("only available")).query();
        assertThat(messageCell.getTooltip().getText()).isEqualTo(messageCell.getText());
    }

    @Test
    void anEmptyLogShowsTheEmptyStateWithoutTheTablesDefaultText(FxRobot robot) {
        activityTable(robot);

        assertThat(robot.lookup("No activity recorded yet").tryQuery()).isPresent();
        assertThat(robot.lookup("No content in table").tryQuery()).isEmpty();
    }

    @Test
    void ctrlZUndoesTheLastChange(FxRobot robot) {
        ChangeTarget target = activeEntitlement();
        change(robot, ChangeRequest.set(target, true, false));

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(isOnServer(target)).isTrue();
        assertThat(context.service(Notifier.class).notices().get(0).title()).isEqualTo("Undone");
    }
}
