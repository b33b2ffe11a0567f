package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.SwitchFailure;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stale-write prompt as the application shows it, and read-only toggles after a 403. */
@ExtendWith(ApplicationExtension.class)
class StaleWriteAndWriteAccessTest {
    @TempDir
    Path home;
    private final StackPane root = new StackPane();
    private ChangeFixture fixture;
    private ChangeRunner runner;
    private final ChangeTarget ev = ChangeTarget.derFeature(TestSessions.STAGING, "ev-1", "CaptureChargeSessions",
            "Anna's car", "EV", "WVW1");

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        fixture = ChangeFixture.sameThread(home, TestSessions.CLOCK, "alice");
        fixture.connect(TestSessions.STAGING);
        ChangeEngine engine = new ChangeEngine(List.of(fixture.der), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed(null)), fixture.log,
                fixture.readOnly, new UndoStack(), TestSessions.CLOCK, "alice");
        runner = new ChangeRunner(engine, fixture.sessions.tasks, fixture.notifier,
                StaleWriteDialog.chooser(fixture.messages), fixture.messages);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    private AtomicReference<ChangeOutcome> switchOnWhileSomeoneElseAlreadyDid(FxRobot robot) {
        fixture.der.set(ev, true); // the concurrent editor switched it on after the operator loaded "off"
        AtomicReference<ChangeOutcome> delivered = new AtomicReference<>();
        robot.interact(() -> runner.change(ChangeRequest.set(ev, false, false), delivered::set));
        WaitForAsyncUtils.waitForFxEvents();
        return delivered;
    }

    @Test
    void theStaleWritePromptSaysWasAndNowAndReloadWritesNothing(FxRobot robot) {
        AtomicReference<ChangeOutcome> delivered = switchOnWhileSomeoneElseAlreadyDid(robot);

        assertThat(robot.lookup("#staleWriteMessage").queryAs(Label.class).getText())
                .isEqualTo("It changed since you loaded it: was off, now on in Staging EU. Nothing was written.");
        assertThat(delivered.get()).as("waiting for the operator").isNull();
        robot.clickOn("#staleReload");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(delivered.get().kind()).isEqualTo(ChangeOutcome.Kind.STALE);
        assertThat(delivered.get().staleWrite().nowOn()).as("the view reloads to this").isTrue();
        assertThat(fixture.der.writes()).isZero();
        assertThat(fixture.der.isOn(ev)).isTrue();
    }

    @Test
    void proceedAnywayWritesOverTheOtherChange(FxRobot robot) {
        AtomicReference<ChangeOutcome> delivered = switchOnWhileSomeoneElseAlreadyDid(robot);

        robot.clickOn("#staleProceed");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(delivered.get().kind()).isEqualTo(ChangeOutcome.Kind.SUCCEEDED);
        assertThat(fixture.der.isOn(ev)).isFalse();
    }

    @Test
    void a403MakesTheTogglesOfThatApiReadOnlyWithTheReason(FxRobot robot) {
        WriteAccess access = new WriteAccess(fixture.readOnly, fixture.session, Runnable::run);
        ToggleButton derToggle = new ToggleButton("CaptureChargeSessions");
        ToggleButton fynnToggle = new ToggleButton("Premium support");
        AtomicReference<StackPane> guarded = new AtomicReference<>();
        robot.interact(() -> {
            guarded.set(access.guard(derToggle, Api.DER_CONNECT));
            root.getChildren().setAll(new javafx.scene.layout.VBox(8, guarded.get(), access.guard(fynnToggle, Api.FYNN)));
        });
        assertThat(derToggle.isDisabled()).isFalse();

        fixture.der.set(ev, false);
        fixture.der.failWith(ev, SwitchFailure.forbidden("The client may not change features"));
        robot.interact(() -> runner.change(ChangeRequest.set(ev, false, true), outcome -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(derToggle.isDisabled()).isTrue();
        assertThat(fynnToggle.isDisabled()).as("only the API that said 403").isFalse();
        assertThat(access.reasonProperty(Api.DER_CONNECT).get())
                .contains("credentials of Staging EU may read but not change")
                .contains("The client may not change features");
        Object tooltip = guarded.get().getProperties().values().stream().filter(Tooltip.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no tooltip says why"));
        assertThat(((Tooltip) tooltip).getText()).isEqualTo(access.reasonProperty(Api.DER_CONNECT).get());

        robot.interact(() -> fixture.readOnly.credentialsChanged("Staging EU", Api.DER_CONNECT));
        assertThat(derToggle.isDisabled()).as("new credentials may try again").isFalse();
    }
}
