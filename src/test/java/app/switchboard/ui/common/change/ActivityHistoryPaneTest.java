package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.Api;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ui.common.session.TestSessions;
import app.switchboard.ui.common.table.StatusBadge;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ActivityHistoryPaneTest {
    @TempDir
    Path home;
    private final StackPane root = new StackPane();
    private ChangeFixture fixture;
    private final ChangeTarget car = ChangeTarget.derFeature(TestSessions.STAGING, "ev-1", "CaptureChargeSessions",
            "Anna's car", "EV", "WVW1");
    private final ChangeTarget otherCar = ChangeTarget.derFeature(TestSessions.STAGING, "ev-2", "CaptureChargeSessions",
            "Ben's car", "EV", "WVW2");

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        fixture = ChangeFixture.sameThread(home, TestSessions.CLOCK, "alice");
        fixture.connect(TestSessions.STAGING);
        stage.setScene(new Scene(root, 600, 400));
        stage.show();
    }

    @Test
    void showsOnlyThatSwitchsHistoryAndFollowsNewChanges(FxRobot robot) {
        fixture.der.set(car, false);
        fixture.der.set(otherCar, false);
        fixture.engine.change(ChangeRequest.set(car, false, true));
        fixture.engine.change(ChangeRequest.set(otherCar, false, true));
        ActivityHistoryPane[] pane = new ActivityHistoryPane[1];
        robot.interact(() -> {
            pane[0] = fixture.history.newPane();
            root.getChildren().setAll(pane[0]);
            pane[0].showSwitch("Staging EU", Api.DER_CONNECT, "ev-1", "CaptureChargeSessions");
        });

        assertThat(pane[0].entries()).extracting(ActivityEntry::targetName)
                .containsExactly("EV \"Anna's car\" (WVW1) · CaptureChargeSessions");

        robot.interact(() -> fixture.changes.change(ChangeRequest.set(car, true, false), outcome -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(pane[0].entries()).as("newest first, reloaded after the change")
                .extracting(ActivityEntry::action).containsExactly("disable", "enable");
        assertThat(robot.lookup("#activityHistory .status-badge").queryAllAs(StatusBadge.class))
                .extracting(StatusBadge::words).containsOnly("Succeeded");
    }
}
