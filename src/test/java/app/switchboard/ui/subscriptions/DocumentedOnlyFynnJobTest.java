package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnErrorShape;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The seeds' Fynn job (switch an entitlement's status) in the Subscriptions view against the Demo
 * sandbox serving only what the vendors document, once per error body Fynn may use: a switch that
 * goes through shows the server's answer, and a refused one puts the server's reason before the
 * operator in words, the switch staying where the server has it.
 */
@ExtendWith(ApplicationExtension.class)
class DocumentedOnlyFynnJobTest {
    private static final String REASON = "The entitlement is locked while its subscription item is migrated.";

    @TempDir
    Path home;
    private SandboxWorkspace workspace;
    private SubscriptionsController controller;

    @Start
    void start(Stage stage) {
        workspace = SandboxWorkspace.documentedOnly(home);
        controller = workspace.show(stage, 1300, 760);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @ParameterizedTest
    @EnumSource(FynnErrorShape.class)
    void anEntitlementIsSwitchedAndARefusalsReasonReachesTheOperator(FynnErrorShape shape, FxRobot robot) {
        workspace.sandbox().fynnErrors(shape);
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .filter(e -> workspace.statusOf(e).equals("active")).count() >= 2);
        List<FynnModel.Entitlement> active = workspace.store().entitlementsOfSubscription(s).stream()
                .filter(e -> workspace.statusOf(e).equals("active")).toList();
        FynnModel.Entitlement switched = active.get(0);
        FynnModel.Entitlement locked = active.get(1);
        workspace.store().refuseSwitching(locked.id(), REASON);
        DetailOpening.open(robot, controller.model(), s.number());

        flip(robot, switched.id());

        assertThat(workspace.store().entitlement(switched.id()).orElseThrow().enabled()).isFalse();
        assertThat(row(switched.id()).status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(toggle(robot, switched.id()).isSelected()).isFalse();

        flip(robot, locked.id());

        assertThat(workspace.store().entitlement(locked.id()).orElseThrow().enabled()).isTrue();
        assertThat(row(locked.id()).status()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(toggle(robot, locked.id()).isSelected()).as("the switch stays where the server has it").isTrue();
        List<Notice> notices = workspace.context.service(Notifier.class).notices();
        assertThat(notices).as(shape + ": the server's reason in words")
                .anySatisfy(n -> assertThat(n.title() + " " + n.message()).contains(REASON));
    }

    private EntitlementRow row(String id) {
        return controller.model().detail().row(id).orElseThrow();
    }

    private static ToggleSwitch toggle(FxRobot robot, String id) {
        return robot.lookup("#switch-" + id).queryAs(ToggleSwitch.class);
    }

    private void flip(FxRobot robot, String id) {
        robot.interact(() -> controller.model().detail().selectedProperty().set(row(id)));
        robot.clickOn(toggle(robot, id).lookup(".thumb-area"));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
