package app.switchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the German console at its default window size, toolbar words are shown whole, not cut to "...". */
@ExtendWith(ApplicationExtension.class)
class GermanToolbarsTest {
    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.GERMAN).sameThreadTasks().build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theEntitiesToolbarShowsItsFiltersStatusAndActionsUncut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#search").write("solar");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownTexts(robot, ".entities-toolbar")).contains("Alle", "Online", "Offline", "250 geladen · 0 angezeigt")
                .noneMatch(text -> text.endsWith("..."));
    }

    @Test
    void theEnvironmentListShowsItsAddAndRemoveButtonsUncut(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shownTexts(robot, "#addEnvironment")).containsExactly("Hinzufügen");
        assertThat(shownTexts(robot, "#removeEnvironment")).containsExactly("Entfernen");
    }

    static List<String> shownTexts(FxRobot robot, String container) {
        return robot.lookup(container).queryAll().stream()
                .flatMap(node -> node.lookupAll(".text").stream())
                .filter(Node::isVisible).filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText()).toList();
    }
}
