package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.ViewLoader;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import app.switchboard.ui.common.notice.Notifier;
import org.testfx.util.WaitForAsyncUtils;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Entities view against the documented-only Demo: an entity opened by id shows its switch as
 * "state unknown" (no switch position, explicit actions, said as such to a screen reader), and
 * "Switch on" makes the server's answer the state shown. "Open by id" fills in the ids from the
 * documented onboarding listing, says how many will open and names a line that gives no id, and
 * Open opens the rest and keeps that line in a notice.
 */
@ExtendWith(ApplicationExtension.class)
class StateUnknownSwitchTest {
    private static final String CAPTURE = "CaptureChargeSessions";

    @TempDir
    Path home;
    private DemoWorkspace demo;
    private EntitiesController controller;

    @Start
    void start(Stage stage) {
        demo = DemoWorkspace.documentedOnly(home, true);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ViewLoader.LoadedView<EntitiesController> view = demo.context.views().load(FxmlView.ENTITIES);
        controller = view.controller();
        stage.setScene(new Scene(view.root(), 1240, 760));
        stage.show();
        demo.connect();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void aSwitchWhoseStateCouldNotBeReadOffersExplicitActionsAndSaysSo(FxRobot robot) {
        DerEntity ev = demo.supportedEvCapturingNothing();
        robot.interact(() -> controller.model().openByIds(ev.id().toString()));

        Node toggle = robot.lookup("#featureSwitch-" + CAPTURE).query();
        Button on = robot.lookup("#featureSwitchOn-" + CAPTURE).queryButton();
        Label badge = robot.lookup("#featureStatus-" + CAPTURE).queryAs(Label.class);
        assertThat(shown(toggle)).as("no switch position is shown").isFalse();
        assertThat(shown(on)).isTrue();
        assertThat(shown(robot.lookup("#featureSwitchOff-" + CAPTURE).queryButton())).isTrue();
        assertThat(badge.getText()).isEqualTo("State unknown");
        assertThat(toggle.getAccessibleText()).contains("State unknown").doesNotContain(", off").doesNotContain(", on");
        assertThat(on.getAccessibleText()).contains("its current state is unknown");

        robot.clickOn(on);

        assertThat(demo.der().capture(ev.id()).enabled()).isTrue();
        assertThat(badge.getText()).isEqualTo("Enabled");
        assertThat(shown(toggle)).isTrue();
        assertThat(shown(on)).isFalse();
    }

    @Test
    void theOnboardingListingFillsInTheIdsAndALineWithoutAnIdIsNamedNotLost(FxRobot robot) {
        int onboarded = demo.der().entities().size();
        robot.clickOn("#openById");

        robot.clickOn("#openByIdOnboarded");
        TextArea ids = robot.lookup("#openByIdText").queryAs(TextArea.class);
        assertThat(ids.getText().lines()).hasSize(Math.min(onboarded, 500))
                .first().isEqualTo(demo.der().entities().get(0).id().toString());
        robot.interact(() -> ids.appendText("\nFleet car twelve"));
        Label summary = robot.lookup("#openByIdSummary").queryAs(Label.class);
        int lines = (int) ids.getText().lines().count();
        assertThat(summary.getText()).isEqualTo(Math.min(onboarded, 500) + " ids to open. One line gives no id and "
                + "will not be opened: line " + lines + " “Fleet car twelve”: not an entity id");

        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().replace("_", "").equals("Open"))
                .queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(controller.model().list().all()).hasSize(Math.min(onboarded, 500));
        assertThat(demo.service(Notifier.class).notices()).anySatisfy(n -> assertThat(n.message())
                .contains("line " + lines + " “Fleet car twelve”: not an entity id"));
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
