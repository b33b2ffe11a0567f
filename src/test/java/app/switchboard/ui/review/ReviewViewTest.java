package app.switchboard.ui.review;

import static app.switchboard.ops.review.ReviewSandbox.ids;
import static app.switchboard.ops.review.ReviewSandbox.switchedOn;
import static app.switchboard.ui.review.ReviewViewModelTest.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.SharedHttp;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.ControllerFactory;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import app.switchboard.ui.common.table.StatusBadge;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Review view on screen, scanning the sandbox with same-thread tasks and a fixed clock. */
@ExtendWith(ApplicationExtension.class)
class ReviewViewTest {
    private static ReviewSandbox sandbox;
    private final Navigator navigator = new Navigator();
    private final List<Navigator.Request> requests = new ArrayList<>();
    private ReviewController controller;
    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path activity;

    @BeforeAll
    static void startSandbox() {
        sandbox = new ReviewSandbox(ReviewViewModelTest.CLOCK, 1, 0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        TestSessions sessions = new TestSessions();
        EnvironmentSession session = sessions.session(sandbox.connector());
        session.switchTo(sessions.store.list().get(0));
        Messages messages = Messages.load(Locale.ENGLISH);
        ReviewChanges changes = new ReviewChanges(sandbox, session, sessions.tasks, messages,
                ReviewViewModelTest.CLOCK, activity);
        Map<Class<?>, Object> services = Map.of(EnvironmentSession.class, session, TaskRunner.class, sessions.tasks,
                SharedHttp.class, sandbox.http, Clock.class, ReviewViewModelTest.CLOCK, Messages.class, messages,
                Navigator.class, navigator, ChangeRunner.class, changes.runner, BulkFlow.class, changes.bulkFlow,
                WriteAccess.class, changes.writeAccess, ReviewScans.class, new ReviewScans(activity.resolve("review")));
        navigator.addListener(requests::add);
        ViewLoader.LoadedView<ReviewController> view = new ViewLoader(new ControllerFactory(services), messages)
                .load(FxmlView.REVIEW);
        controller = view.controller();
        Parent root = view.root();
        stage.setScene(new Scene(root, 1240, 780));
        stage.show();
    }

    @Test
    void scanningShowsTheExpiringQueueTheSummaryAndTheAsOfTime(FxRobot robot) {
        robot.clickOn("#scanButton");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        assertThat(ids(table.getItems())).isEqualTo(sandbox.entitlementIds(e -> switchedOn(e, NOW)
                && e.validUntil() != null
                && e.validUntil().isAfter(NOW)
                && !e.validUntil().isAfter(NOW.plus(Duration.ofDays(30)))));
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).startsWith("As of ");
        assertThat(robot.lookup("#scanButton").queryButton().getText()).isEqualTo("Refresh");
        long expired = store().stream().filter(e -> e.status(NOW).equals("expired")).count();
        assertThat(robot.lookup("#summary-expired").queryAs(javafx.scene.Node.class).getAccessibleText())
                .isEqualTo(expired + " Expired");
    }

    @Test
    void ctrlFPutsTheFocusInTheQueueFilterAndTypingNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#scanButton");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        List<ReviewRow> queue = List.copyOf(table.getItems());
        String wanted = queue.get(0).subscriptionNumber();

        robot.interact(() -> assertThat(controller.focusSearch()).isTrue());
        javafx.scene.control.TextField filter = robot.lookup("#filterField").queryAs(javafx.scene.control.TextField.class);
        assertThat(filter.isFocused()).isTrue();
        robot.write(wanted);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(filter.getText()).isEqualTo(wanted);
        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(queue.size())
                .containsExactlyElementsOf(queue.stream().filter(r -> wanted.equals(r.subscriptionNumber())).toList());
        robot.interact(filter::clear);
        assertThat(table.getItems()).hasSameSizeAs(queue);
    }

    @Test
    void theDisabledQueueListsSwitchedOffEntitlementsWithTheirBadge(FxRobot robot) {
        robot.clickOn("#scanButton");
        robot.clickOn("#queue-disabled");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        assertThat(ids(table.getItems())).isEqualTo(sandbox.entitlementIds(e -> e.status(NOW).equals("disabled")
                && (e.validFrom() == null || !e.validFrom().isAfter(NOW))));
        assertThat(robot.lookup("#queueTable .status-badge").queryAll()).isNotEmpty()
                .allSatisfy(node -> assertThat(((StatusBadge) node).words()).isEqualTo("Disabled"));
        assertThat(robot.lookup("#horizonBox").query().isVisible()).as("disabled has no horizon").isFalse();
    }

    @Test
    void openInSubscriptionsSendsTheOperatorToTheSelectedSubscription(FxRobot robot) {
        robot.clickOn("#scanButton");
        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(2));

        robot.clickOn("#openButton");

        assertThat(requests).containsExactly(new Navigator.Request(FxmlView.SUBSCRIPTIONS,
                table.getItems().get(2).subscriptionId()));
    }

    @Test
    void f5ScansAndTheFeatureCatalogueListsEveryFeatureWithItsUsage(FxRobot robot) {
        robot.type(javafx.scene.input.KeyCode.F5);
        robot.clickOn("Feature catalogue");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<FeatureUsage> features = robot.lookup("#featureTable").queryTableView();
        assertThat(features.getItems()).extracting(u -> u.feature().id())
                .containsExactlyElementsOf(sandbox.sandbox.fynnStore().features().stream()
                        .map(FynnModel.Feature::id).toList());
        assertThat(features.getItems().stream().mapToLong(FeatureUsage::entitlements).sum())
                .isEqualTo(store().size());
    }

    @Test
    void switchOffAndOnRunTheSelectionThroughTheBulkWindowOnTheSandbox(FxRobot robot) {
        robot.clickOn("#scanButton");
        TableView<ReviewRow> table = robot.lookup("#queueTable").queryTableView();
        robot.interact(() -> table.getSelectionModel().selectRange(0, 2));
        List<String> chosen = List.copyOf(table.getSelectionModel().getSelectedItems()).stream()
                .map(ReviewRow::entitlementId).toList();
        assertThat(chosen).hasSize(2);

        robot.clickOn("#switchOffButton");
        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText()).startsWith("2 will change");
        robot.clickOn("#bulkStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText()).startsWith("Finished: 2 succeeded");
        assertThat(chosen).allSatisfy(id -> assertThat(isOn(id)).as(id + " off on the server").isFalse());
        robot.clickOn("#bulkClose");

        // switched off, they left the expiring queue for the disabled one
        robot.clickOn("#queue-disabled");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ids(table.getItems())).containsAll(chosen);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(row -> chosen.contains(row.entitlementId()))
                    .forEach(row -> table.getSelectionModel().select(row));
        });
        robot.clickOn("#switchOnButton");
        robot.clickOn("#bulkStart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText()).startsWith("Finished: 2 succeeded");
        assertThat(chosen).allSatisfy(id -> assertThat(isOn(id)).as(id + " on again").isTrue());
        robot.clickOn("#bulkClose");
    }

    private static boolean isOn(String entitlementId) {
        return switchedOn(sandbox.sandbox.fynnStore().entitlement(entitlementId).orElseThrow(), NOW);
    }

    private static List<FynnModel.Entitlement> store() {
        return List.copyOf(sandbox.sandbox.fynnStore().allEntitlements());
    }
}
