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
 * "Switch on" makes the server's answer the state shown.
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

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
