package app.switchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.fx.ShownTexts;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
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

        assertThat(ShownTexts.in(robot, ".entities-toolbar")).contains("Alle", "Online", "Offline", "250 geladen · 0 angezeigt")
                .noneMatch(text -> text.endsWith("..."));
    }

    @Test
    void theEnvironmentListShowsItsAddAndRemoveButtonsUncut(FxRobot robot) {
        show(robot, KeyCode.DIGIT5);

        assertThat(ShownTexts.in(robot, "#addEnvironment")).containsExactly("Hinzufügen");
        assertThat(ShownTexts.in(robot, "#removeEnvironment")).containsExactly("Entfernen");
    }

    @Test
    void whereTheSecretsComeFromAndTheirRemoveButtonsAreShownWhole(FxRobot robot) {
        show(robot, KeyCode.DIGIT5);

        for (String secret : new String[] {"#derSecretState", "#fynnKeyState"}) {
            assertThat(ShownTexts.in(robot, secret)).containsExactly("Beim Start erzeugt, nur im Arbeitsspeicher");
        }
        assertThat(ShownTexts.in(robot, "#removeDerSecret")).containsExactly("Gespeichertes Geheimnis löschen");
        assertThat(ShownTexts.in(robot, "#removeFynnKey")).containsExactly("Gespeichertes Geheimnis löschen");
    }

    @Test
    void theEntityAndSubscriptionTablesShowTheirColumnHeadersWhole(FxRobot robot) {
        show(robot, KeyCode.DIGIT1);
        assertThat(ShownTexts.in(robot, ".entities-table .column-header"))
                .containsExactly("Name", "Typ", "Marke", "Kennung", "Online", "Zuletzt gesehen", "Angelegt");

        show(robot, KeyCode.DIGIT2);
        assertThat(ShownTexts.in(robot, "#subscriptionTable .column-header"))
                .containsExactly("Nummer", "Kunde", "Status", "Aktiviert", "Vertragsende");
    }

    /** Goes to a section with its Ctrl+digit shortcut. */
    private static void show(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
