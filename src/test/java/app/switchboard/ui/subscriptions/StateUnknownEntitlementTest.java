package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ui.common.change.ActivityHistory;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An entitlement whose listing gives no state (no {@code active}, no status): its switch shows
 * neither on nor off, in the same words as a DER feature's, with explicit "Switch on" / "Switch off";
 * the confirmation says the state could not be read, and the server's answer becomes the state shown.
 */
@ExtendWith(ApplicationExtension.class)
class StateUnknownEntitlementTest {
    @TempDir
    Path home;
    private final WithheldStates states = new WithheldStates();
    private SandboxWorkspace workspace;
    private SubscriptionsController controller;

    @Start
    void start(Stage stage) {
        workspace = new SandboxWorkspace(home, states);
        controller = workspace.show(stage, 1300, 760);
    }

    @AfterEach
    void close() {
        workspace.close();
        states.close();
    }

    @Test
    void anEntitlementWithoutStateShowsNeitherOnNorOffAndSwitchOffShowsTheServersAnswer(FxRobot robot) {
        FynnModel.Entitlement seeded = oneThatIs("active");
        states.withhold(seeded.id());
        open(robot, seeded);
        EntitlementRow row = controller.model().detail().row(seeded.id()).orElseThrow();
        String name = controller.model().detail().texts().featureName(row.entitlement());

        assertThat(row.isStateUnknown()).isTrue();
        assertThat(robot.lookup("#switch-" + row.id()).tryQuery()).as("no switch position is shown").isEmpty();
        Label badge = robot.lookup("#switchState-" + row.id()).queryAs(Label.class);
        assertThat(badge.getText()).isEqualTo("State unknown");
        assertThat(badge.getAccessibleText()).isEqualTo(name + ": State unknown");
        Button off = robot.lookup("#switchOff-" + row.id()).queryButton();
        assertThat(off.getText()).isEqualTo("Switch off");
        assertThat(off.getAccessibleText()).startsWith("Switch " + name + " off for").endsWith("its current state is unknown");
        assertThat(robot.lookup("#switchOn-" + row.id()).queryButton().getText()).isEqualTo("Switch on");

        robot.clickOn(off);

        assertThat(workspace.questions).singleElement().satisfies(q -> {
            assertThat(q.stateUnread()).as("the confirmation says the state could not be read").isTrue();
            assertThat(q.after()).isFalse();
        });
        assertThat(workspace.store().entitlement(seeded.id()).orElseThrow().enabled()).isFalse();
        assertThat(row.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(robot.lookup("#switch-" + row.id()).queryAs(ToggleSwitch.class).isSelected()).isFalse();
        assertThat(robot.lookup("#switchOff-" + row.id()).tryQuery()).isEmpty();
        ActivityEntry entry = workspace.context.service(ActivityHistory.class)
                .newest(ActivityQuery.all().withTargetId(workspace.store().item(seeded.itemId()).orElseThrow()
                        .subscriptionId()), 1).get(0);
        assertThat(entry.before()).isNull();
        assertThat(entry.outcome().message()).startsWith("Not verified before the write");
    }

    @Test
    void switchOnMakesTheServersAnswerTheStateShown(FxRobot robot) {
        FynnModel.Entitlement seeded = oneThatIs("disabled");
        states.withhold(seeded.id());
        open(robot, seeded);

        robot.clickOn("#switchOn-" + seeded.id());

        EntitlementRow row = controller.model().detail().row(seeded.id()).orElseThrow();
        assertThat(workspace.store().entitlement(seeded.id()).orElseThrow().enabled()).isTrue();
        assertThat(row.status()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(robot.lookup("#switch-" + row.id()).queryAs(ToggleSwitch.class).isSelected()).isTrue();
    }

    @Test
    void switchOffIsSentEvenWhenTheServerHasItOffAlready(FxRobot robot) {
        FynnModel.Entitlement seeded = oneThatIs("disabled");
        states.withhold(seeded.id());
        open(robot, seeded);
        long writes = states.sandbox().faults().writesAccepted();

        robot.clickOn("#switchOff-" + seeded.id());

        assertThat(states.sandbox().faults().writesAccepted()).as("unknown is never taken as already off")
                .isEqualTo(writes + 1);
        EntitlementRow row = controller.model().detail().row(seeded.id()).orElseThrow();
        assertThat(row.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(robot.lookup("#switch-" + row.id()).queryAs(ToggleSwitch.class).isSelected()).isFalse();
    }

    @Test
    void bulkCountsAStatelessEntitlementAsToChangeNeverAsAlreadyDone(FxRobot robot) {
        FynnModel.Entitlement seeded = oneThatIs("disabled");
        states.withhold(seeded.id());
        open(robot, seeded);
        EntitlementRow row = controller.model().detail().row(seeded.id()).orElseThrow();

        var preview = workspace.context.service(app.switchboard.ui.common.change.BulkFlow.class)
                .model(controller.model().detail().bulkCandidates(java.util.List.of(row)), false).preview();

        assertThat(preview.willChange()).hasSize(1);
        assertThat(preview.alreadyInState()).isEmpty();
    }

    private FynnModel.Entitlement oneThatIs(String status) {
        FynnModel.Subscription s = workspace.subscriptionWith(es -> es.stream()
                .anyMatch(e -> workspace.statusOf(e).equals(status)));
        return workspace.store().entitlementsOfSubscription(s).stream()
                .filter(e -> workspace.statusOf(e).equals(status)).findFirst().orElseThrow();
    }

    private void open(FxRobot robot, FynnModel.Entitlement entitlement) {
        DetailOpening.open(robot, controller.model(), workspace.store().subscription(workspace.store().item(entitlement.itemId())
                .orElseThrow().subscriptionId()).orElseThrow().number());
        EntitlementRow row = controller.model().detail().row(entitlement.id()).orElseThrow();
        robot.interact(() -> controller.model().detail().selectedProperty().set(row));
    }
}
