package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.notice.Notifier;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
 * "Open by id" in the Entities view against the Demo serving only what the vendors document (no
 * entity list): the documented onboarding listing fills in the ids, the dialog says how many will
 * open and names a line that gives no id, and Open opens the rest and keeps that line in a notice.
 */
@ExtendWith(ApplicationExtension.class)
class OpenByIdSourcesTest {
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
}
