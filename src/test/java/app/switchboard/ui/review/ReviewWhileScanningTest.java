package app.switchboard.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.ShownTexts;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** While the first scan runs, the Review view says so and how far it got, where it said "Not scanned yet" before. */
@ExtendWith(ApplicationExtension.class)
class ReviewWhileScanningTest {
    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH).build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        ShellOnDemo.answerAfter(context, 0);
        context.close();
    }

    @Test
    void thePlaceholderSaysTheScanIsRunningWithItsProgressInsteadOfNotScannedYet(FxRobot robot) throws TimeoutException {
        startSlowScan(robot);
        // 420 subscriptions, 8 at a time, one second per answer: the count rises for close to a minute
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message(robot).matches("(?s)\\d+ of 420 subscriptions\n.*"));

        assertThat(ShownTexts.in(robot, ".review-view #emptyStateHeading")).containsExactly("Scanning every subscription…");
        assertThat(message(robot)).endsWith("\nThe queues appear here once every subscription has been read.");
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).isEqualTo("Scan running, no result yet");
        assertThat(ShownTexts.in(robot, ".review-view")).noneMatch(text -> text.contains("Not scanned yet"));
    }

    @Test
    void cancellingTheFirstScanSaysAgainThatNothingWasScanned(FxRobot robot) throws TimeoutException {
        startSlowScan(robot);
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#cancelButton").queryAs(Button.class).isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ShownTexts.in(robot, ".review-view #emptyStateHeading")).containsExactly("Review every entitlement at once");
        assertThat(robot.lookup("#asOfLabel").queryAs(Label.class).getText()).isEqualTo("Not scanned yet");
    }

    private void startSlowScan(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#scanButton").queryAs(Button.class).isDisabled());
        ShellOnDemo.answerAfter(context, 1_000);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#cancelButton").queryAs(Button.class).isVisible());
    }

    private static String message(FxRobot robot) {
        return robot.lookup(".review-view #emptyStateMessage").queryAs(Label.class).getText();
    }
}
