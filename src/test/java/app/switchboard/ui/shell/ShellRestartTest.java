package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.settings.ThemeChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Two launches on the same SWITCHBOARD_HOME, as an operator closing and reopening the console. */
@ExtendWith(ApplicationExtension.class)
class ShellRestartTest {
    @TempDir
    Path home;

    @Test
    void windowPlaceThemeViewAndEnvironmentSurviveARestart(FxRobot robot) throws Exception {
        AppContext first = ShellFixture.builder(home).build();
        Stage firstStage = open(robot, first);
        robot.interact(() -> {
            firstStage.setX(140);
            firstStage.setY(90);
            firstStage.setWidth(1010);
            firstStage.setHeight(650);
        });
        robot.clickOn("#navActivity");
        robot.clickOn("#themeDark");
        robot.clickOn("#environmentSwitcher").clickOn("Staging EU  ·  Staging");
        robot.interact(firstStage::close);
        first.close();

        assertThat(Files.readString(first.settings().file())).contains("\"lastEnvironment\" : \"Staging EU\"");

        AppContext second = ShellFixture.builder(home).build();
        Stage secondStage = open(robot, second);
        try {
            assertThat(secondStage.getX()).isEqualTo(140);
            assertThat(secondStage.getY()).isEqualTo(90);
            assertThat(secondStage.getWidth()).isEqualTo(1010);
            assertThat(secondStage.getHeight()).isEqualTo(650);
            assertThat(secondStage.getTitle()).isEqualTo("Switchboard — Staging EU");
            assertThat(robot.lookup("#activityView").tryQuery()).isPresent();
            assertThat(robot.lookup("#themeDark").queryAs(ToggleButton.class).isSelected()).isTrue();
            assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeManager.DARK.getUserAgentStylesheet());
            assertThat(second.settings().current().theme()).isEqualTo(ThemeChoice.DARK);
        } finally {
            robot.interact(secondStage::close);
            second.close();
        }
    }

    @Test
    void aFirstStartOpensTheDemoEnvironmentOnEntitiesFillingMostOfTheScreen(FxRobot robot) {
        AppContext context = ShellFixture.sameThread(home);
        Stage stage = open(robot, context);
        try {
            assertThat(stage.getTitle()).isEqualTo("Switchboard — Demo");
            assertThat(robot.lookup("#entitiesView").tryQuery()).isPresent();
            javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            assertThat(stage.getWidth()).isCloseTo(screen.getWidth() * 0.9, org.assertj.core.data.Offset.offset(1.0));
            assertThat(stage.getHeight()).isCloseTo(screen.getHeight() * 0.9, org.assertj.core.data.Offset.offset(1.0));
            assertThat(stage.getX()).isCloseTo(screen.getMinX() + screen.getWidth() * 0.05, org.assertj.core.data.Offset.offset(1.0));
        } finally {
            robot.interact(stage::close);
            context.close();
        }
    }

    private static Stage open(FxRobot robot, AppContext context) {
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            new ShellWindow(context).open(stage[0]);
        });
        return stage[0];
    }
}
