package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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

/** F1 lists every registered shortcut; the German interface speaks German in the shell. */
@ExtendWith(ApplicationExtension.class)
class ShortcutSheetTest {
    @TempDir
    Path home;
    private AppContext context;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        context = ShellFixture.builder(home).locale(Locale.GERMAN).sameThreadTasks().build();
        window = new ShellWindow(context);
        window.open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void f1ShowsEveryRegisteredShortcut(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ShortcutRegistry.Shortcut> sheet = robot.lookup("#shortcutTable").queryAs(TableView.class);
        List<ShortcutRegistry.Shortcut> registered = window.controller().shortcuts().all();
        assertThat(sheet.getItems()).containsExactlyElementsOf(registered);
        assertThat(registered).extracting(ShortcutRegistry.Shortcut::description).contains(
                "In der aktuellen Ansicht suchen", "Aktuelle Ansicht neu laden", "Aktuelle Ansicht als CSV exportieren",
                "Letzte Änderung rückgängig machen", "Diese Liste der Tastenkürzel anzeigen", "Zu Abonnements wechseln");
        assertThat(registered).extracting(ShortcutRegistry.Shortcut::keys).contains("Leertaste", "F1");
        assertThat(registered).hasSize(Section.values().length + 7);
    }

    @Test
    void theGermanInterfaceNamesTheSectionsAndStatusInGerman(FxRobot robot) {
        assertThat(robot.lookup("#navEntities").queryAs(ToggleButton.class).getText()).isEqualTo("Entitäten");
        assertThat(robot.lookup("#navSubscriptions").queryAs(ToggleButton.class).getText()).isEqualTo("Abonnements");
        assertThat(robot.lookup("#navSettings").queryAs(ToggleButton.class).getText()).isEqualTo("Einstellungen");
        assertThat(robot.lookup("#lastRefresh").queryLabeled().getText()).isEqualTo("Zuletzt aktualisiert: nie");
        assertThat(robot.lookup("#derStatus").queryLabeled().getText()).isEqualTo("DER Connect: nicht verfügbar");
        assertThat(robot.lookup("#themeDark").queryAs(ToggleButton.class).getText()).isEqualTo("Dunkel");
    }

    @Test
    void buttonsThatDoWhatAShortcutDoesShowTheKeysInTheirTooltipInTheInterfaceLanguage(FxRobot robot) {
        assertThat(robot.lookup("#navSubscriptions").queryAs(ToggleButton.class).getTooltip().getText())
                .isEqualTo("Abonnements (Strg+2)");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#refresh").queryButton().getTooltip().getText()).isEqualTo("Aktualisieren (Strg+R)");
        assertThat(robot.lookup("#export").queryButton().getTooltip().getText()).isEqualTo("Die angezeigten Zeilen (nach den Filtern) als CSV-Datei speichern (Strg+E)");
        assertThat(window.controller().shortcuts().all()).extracting(ShortcutRegistry.Shortcut::keys)
                .contains("Strg+F", "Strg+R", "Strg+E", "Strg+Z").doesNotContain("Ctrl+F");
    }
}
