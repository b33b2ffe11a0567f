package app.switchboard.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.fx.ShownTexts;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * While a scan runs, the Review view says so and how far it got where it said "Not scanned yet"
 * before, and in German its header shows its words whole. Each test opens the console in its language.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWhileScanningTest {
    @TempDir
    Path home;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void open(FxRobot robot, Locale locale) {
        robot.interact(() -> {
            context = ShellOnDemo.builder(home, locale).build();
            new ShellWindow(context).open(stage);
        });
    }

    @AfterEach
    void close() {
        ShellOnDemo.answerAfter(context, 0);
        context.close();
    }

    @Test
    void inGermanTheSubtitleAndTheScanAndCancelButtonsAreNotCut(FxRobot robot) throws TimeoutException {
        open(robot, Locale.GERMAN);
        // the scan (420 subscriptions, 8 at a time) stays running while the header is looked at: every answer takes 5 s
        SlowScan.start(robot, context, 5_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ShownTexts.in(robot, ".review-header"))
                .contains("Alle Abonnements prüfen", "Prüfung abbrechen")
                .noneMatch(text -> text.endsWith("..."));
    }

    @Test
    void thePlaceholderSaysTheScanIsRunningWithItsProgressInsteadOfNotScannedYet(FxRobot robot) throws TimeoutException {
        open(robot, Locale.ENGLISH);
        // 420 subscriptions, 8 at a time, one second per answer: the count rises for close to a minute
        SlowScan.start(robot, context, 1_000);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).matches("(?s)\\d+ of 420 subscriptions\n.*"));

        assertThat(ShownTexts.in(robot, ".review-view #emptyStateHeading")).containsExactly("Scanning every subscription…");
        assertThat(message(robot)).endsWith("\nThe queues appear here once every subscription has been read.");
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).isEqualTo("Scan running, no result yet");
        assertThat(ShownTexts.in(robot, ".review-view")).noneMatch(text -> text.contains("Not scanned yet"));
    }

    @Test
    void cancellingTheFirstScanSaysAgainThatNothingWasScanned(FxRobot robot) throws TimeoutException {
        open(robot, Locale.ENGLISH);
        SlowScan.start(robot, context, 1_000);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#cancelButton").queryAs(Button.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ShownTexts.in(robot, ".review-view #emptyStateHeading")).containsExactly("Review every entitlement at once");
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).isEqualTo("Not scanned yet");
    }

    private static String message(FxRobot robot) {
        return robot.lookup(".review-view #emptyStateMessage").queryAs(Label.class).getText();
    }
}
