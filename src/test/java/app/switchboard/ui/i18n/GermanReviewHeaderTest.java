package app.switchboard.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.ShownTexts;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
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

/** While a scan runs in the German console, the Review header shows its subtitle and both buttons whole. */
@ExtendWith(ApplicationExtension.class)
class GermanReviewHeaderTest {
    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.GERMAN).sandbox(SandboxConfig.builder().seed(7).build()).build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        ShellOnDemo.answerAfter(context, 0);
        context.close();
    }

    @Test
    void theSubtitleAndTheScanAndCancelButtonsAreNotCutWhileScanning(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#scanButton").queryAs(Button.class).isDisabled());
        // the scan (420 subscriptions, 8 at a time) stays running while the header is looked at: every answer now takes 5 s
        ShellOnDemo.answerAfter(context, 5_000);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#cancelButton").queryAs(Button.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ShownTexts.in(robot, ".review-header"))
                .contains("Alle Abonnements prüfen", "Prüfung abbrechen")
                .noneMatch(text -> text.endsWith("..."));
    }
}
