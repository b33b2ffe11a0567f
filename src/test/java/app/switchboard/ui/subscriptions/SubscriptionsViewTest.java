package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnModel;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SubscriptionsViewTest {
    @TempDir
    Path home;
    private SandboxWorkspace workspace;
    private SubscriptionsController controller;

    @Start
    void start(Stage stage) {
        workspace = new SandboxWorkspace(home);
        controller = workspace.show(stage, 1200, 760);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void pagerButtonsAndJumpMoveThroughFynnsPages(FxRobot robot) {
        int total = workspace.store().subscriptions().size();
        assertThat(text(robot, "#pageSummary")).isEqualTo("Page 1 of 9 · " + total + " subscriptions");

        robot.clickOn("#nextButton");
        assertThat(text(robot, "#pageSummary")).startsWith("Page 2 of 9");
        robot.clickOn("#lastButton");
        assertThat(text(robot, "#pageSummary")).startsWith("Page 9 of 9");
        assertThat(robot.lookup("#nextButton").query().isDisabled()).isTrue();

        robot.clickOn("#pageJump").write("4").type(KeyCode.ENTER);
        assertThat(text(robot, "#pageSummary")).startsWith("Page 4 of 9");
        assertThat(firstNumber(robot)).isEqualTo(workspace.store().subscriptions().get(150).number());
    }

    @Test
    void searchingForACustomerNumberShowsTheirSubscriptionsAndEnterOpensOne(FxRobot robot) {
        FynnModel.Subscription wanted = workspace.store().subscriptions().get(42);
        FynnModel.Customer customer = workspace.store().customer(wanted.customerId()).orElseThrow();

        robot.clickOn("#searchField").write(wanted.number()).type(KeyCode.ENTER);
        assertThat(firstNumber(robot)).isEqualTo(wanted.number());
        assertThat(robot.lookup(".customer-number").queryAs(Label.class).getText()).isEqualTo(customer.customerNumber());

        robot.clickOn(firstRow(robot)).type(KeyCode.ENTER);

        assertThat(text(robot, "#detailHeading")).isEqualTo("Subscription " + wanted.number());
        assertThat(text(robot, "#detail-customer")).isEqualTo(customer.displayName() + " (" + customer.customerNumber() + ")");
        robot.clickOn("#backToList");
        assertThat(robot.lookup("#subscriptionTable").query().isVisible()).isTrue();
    }

    @Test
    void eachEntitlementStatusHasItsOwnColourIconAndWords(FxRobot robot) {
        Set<String> words = new HashSet<>();
        Set<String> icons = new HashSet<>();
        Set<List<String>> styles = new HashSet<>();
        for (EntitlementStatus status : EntitlementStatus.KNOWN) {
            FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                    .anyMatch(e -> workspace.statusOf(e).equals(status.value())));
            open(robot, s);
            if (status.equals(EntitlementStatus.EXPIRED)) {
                robot.clickOn("#includeExpired");
            }
            Label badge = badgeOf(robot, status);
            words.add(badge.getText());
            icons.add(((FontIcon) badge.getGraphic()).getIconCode().getDescription());
            styles.add(badge.getStyleClass().stream().sorted().toList());
            assertThat(badge.getAccessibleText()).contains(badge.getText());
        }
        assertThat(words).containsExactlyInAnyOrder("Active", "Pending", "Disabled", "Expired");
        assertThat(icons).hasSize(4);
        assertThat(styles).hasSize(4);
    }

    @Test
    void clickingATimelineBarSelectsItsRowAndTodaysLineSitsWhereTheLayoutSays(FxRobot robot) {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .filter(e -> !workspace.statusOf(e).equals("expired")).count() >= 3);
        open(robot, s);
        SubscriptionDetailViewModel detail = controllerDetail();
        EntitlementRow third = detail.rows().get(2);

        robot.clickOn("#timelineBar-" + third.id() + " .timeline-bar");

        assertThat(detail.selectedProperty().get()).isSameAs(third);
        Line today = robot.lookup("#timelineToday").queryAs(Line.class);
        ValidityTimeline timeline = robot.lookup(".validity-timeline").queryAs(ValidityTimeline.class);
        TimelineLayout expected = ValidityTimeline.layoutFor(detail.rows(), SandboxWorkspace.CLOCK.instant(), timeline.getWidth());
        assertThat(today.getStartX()).isCloseTo(expected.todayX(), within(0.001));
    }

    @Test
    void clickingASwitchTurnsTheEntitlementOffAndTheRowShowsTheServersAnswer(FxRobot robot) {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .anyMatch(e -> workspace.statusOf(e).equals("active")));
        open(robot, s);
        EntitlementRow row = controllerDetail().rows().stream()
                .filter(r -> r.status().equals(EntitlementStatus.ACTIVE)).findFirst().orElseThrow();
        ToggleSwitch toggle = robot.lookup("#switch-" + row.id()).queryAs(ToggleSwitch.class);
        assertThat(toggle.isSelected()).isTrue();
        assertThat(toggle.getAccessibleText()).contains(row.entitlement().feature().name()).contains("Active");

        robot.clickOn(toggle.lookup(".thumb-area"));

        assertThat(row.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(robot.lookup("#switch-" + row.id()).queryAs(ToggleSwitch.class).isSelected()).isFalse();
        assertThat(badgeOf(robot, EntitlementStatus.DISABLED).getText()).isEqualTo("Disabled");
        assertThat(workspace.store().entitlement(row.id()).orElseThrow().enabled()).isFalse();
    }

    @Test
    void theActivityTabShowsTheHistoryOfTheSelectedEntitlementOnly(FxRobot robot) {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .filter(e -> workspace.statusOf(e).equals("active")).count() >= 2);
        open(robot, s);
        List<EntitlementRow> active = controllerDetail().rows().stream()
                .filter(r -> r.status().equals(EntitlementStatus.ACTIVE)).toList();
        EntitlementRow switched = active.get(0);
        EntitlementRow untouched = active.get(1);
        robot.clickOn(robot.lookup("#switch-" + switched.id()).queryAs(ToggleSwitch.class).lookup(".thumb-area"));

        robot.interact(() -> controllerDetail().selectedProperty().set(switched));
        robot.clickOn("Activity: " + controllerDetail().texts().featureName(switched.entitlement()));

        assertThat(controller.detail().history().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.item()).isEqualTo(switched.id()));
        assertThat(robot.lookup("#activityHistory").query().isVisible()).isTrue();

        robot.interact(() -> controllerDetail().selectedProperty().set(untouched));
        assertThat(controller.detail().history().entries()).isEmpty();
    }

    @Test
    void clickingTheActivatedHeaderSortsEveryPageOnTheServer(FxRobot robot) {
        FynnModel.Subscription earliest = workspace.store().subscriptions().stream()
                .filter(s -> s.activatedAt() != null)
                .min(java.util.Comparator.comparing(FynnModel.Subscription::activatedAt)).orElseThrow();

        robot.clickOn("Activated");

        assertThat(firstNumber(robot)).isEqualTo(earliest.number());
        assertThat(controller.model().orderBy()).isEqualTo("activatedAt");
        robot.clickOn("Activated");
        assertThat(controller.model().isDescending()).isTrue();
        assertThat(text(robot, "#pageSummary")).startsWith("Page 1 of 9");
    }

    private SubscriptionDetailViewModel controllerDetail() {
        return controller.model().detail();
    }

    private void open(FxRobot robot, FynnModel.Subscription s) {
        if (controllerDetail().isOpen()) {
            robot.clickOn("#backToList");
        }
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        robot.interact(() -> search.setText(s.number()));
        robot.clickOn(search).type(KeyCode.ENTER);
        robot.doubleClickOn(firstRow(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#detailHeading")).endsWith(s.number());
    }

    private Label badgeOf(FxRobot robot, EntitlementStatus status) {
        EntitlementRow row = controllerDetail().rows().stream().filter(r -> r.status().equals(status)).findFirst().orElseThrow();
        robot.interact(() -> controllerDetail().selectedProperty().set(row));
        Node cell = robot.lookup(".tree-table-row-cell").match((TreeTableRow<DetailLine> r) -> r.getItem() == row)
                .query();
        return (Label) cell.lookup(".status-badge");
    }

    private static Node firstRow(FxRobot robot) {
        return robot.lookup("#subscriptionTable .table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0).query();
    }

    @Test
    void ctrlEExportsTheSubscriptionsOnThePageAndAnOpenSubscriptionsEntitlements(FxRobot robot) throws Exception {
        Path page = home.resolve("page.csv");
        List<String> suggested = new java.util.ArrayList<>();
        controller.chooseExportFileWith(name -> {
            suggested.add(name);
            return java.util.Optional.of(page);
        });

        robot.interact(() -> assertThat(controller.exportView()).isTrue());

        List<SubscriptionRow> shown = controller.model().rows();
        List<String> lines = java.nio.file.Files.readAllLines(page);
        assertThat(suggested).containsExactly("subscriptions.csv");
        assertThat(lines).hasSize(shown.size() + 1);
        assertThat(lines.get(0)).isEqualTo("\uFEFFid,number,customer,customer number,status,activated,contract end");
        assertThat(lines.get(1)).startsWith(shown.get(0).id() + "," + shown.get(0).number() + ",");
        assertThat(notices().get(notices().size() - 1).message()).isEqualTo(shown.size() + " rows written to " + page);

        Path entitlements = home.resolve("entitlements.csv");
        controller.chooseExportFileWith(name -> java.util.Optional.of(entitlements));
        robot.interact(() -> controller.model().open(shown.get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> assertThat(controller.exportView()).isTrue());

        List<EntitlementRow> open = controller.model().detail().rows();
        assertThat(open).isNotEmpty();
        assertThat(java.nio.file.Files.readAllLines(entitlements)).hasSize(open.size() + 1)
                .element(1).asString().startsWith(shown.get(0).number() + "," + open.get(0).id() + ",");
    }

    private List<app.switchboard.ui.common.notice.Notice> notices() {
        return workspace.context.service(app.switchboard.ui.common.notice.Notifier.class).notices();
    }

    private static String firstNumber(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<SubscriptionRow> table = robot.lookup("#subscriptionTable").queryAs(TableView.class);
        return table.getItems().get(0).number();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
