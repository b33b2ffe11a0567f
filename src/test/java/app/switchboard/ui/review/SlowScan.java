package app.switchboard.ui.review;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the Review view of a whole console on the Demo and starts a scan that stays running while a
 * test looks at it: the sandbox is slowed only once the view is ready, so no timing is raced.
 */
public final class SlowScan {
    private SlowScan() {
    }

    /** Returns once the scan runs (its Cancel button shows); every sandbox answer then takes {@code answerMillis}. */
    public static void start(FxRobot robot, AppContext context, int answerMillis) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#scanButton").queryAs(Button.class).isDisabled());
        ShellOnDemo.answerAfter(context, answerMillis);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#cancelButton").queryAs(Button.class).isVisible());
    }
}
