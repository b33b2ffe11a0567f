package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
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

/** Real background threads, as in the application: failures and progress reach the window. */
@ExtendWith(ApplicationExtension.class)
class BackgroundWorkTest {
    private static final int SAFETY_NET_SECONDS = 20;

    @TempDir
    Path home;
    private AppContext context;
    private final CountDownLatch neverReleased = new CountDownLatch(1);
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream realErr;
    private Thread.UncaughtExceptionHandler previousDefault;

    @Start
    void start(Stage stage) {
        context = ShellFixture.builder(home).build();
        new ShellWindow(context).open(stage);
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        context.errors().installAsUncaughtHandler();
        realErr = System.err;
        System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore(FxRobot robot) {
        System.setErr(realErr);
        neverReleased.countDown();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
        context.close();
    }

    @Test
    void aFailingBackgroundTaskShowsAReadableErrorDialogNotTheConsole(FxRobot robot) {
        robot.interact(() -> context.tasks().task("Loading entities", progress -> {
            throw new IllegalStateException("DER Connect answered 503: planned maintenance");
        }).start());

        DialogPane dialog = awaitErrorDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo("Could not finish: Loading entities");
        assertThat(dialog.getContentText())
                .contains("DER Connect answered 503: planned maintenance")
                .doesNotContain("IllegalStateException")
                .doesNotContain("\tat ");
        assertThat(((TextArea) dialog.getExpandableContent().lookup(".error-details")).getText())
                .contains("IllegalStateException").contains("\tat ");
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("planned maintenance");
    }

    @Test
    void anExceptionNobodyCaughtOnTheFxThreadAlsoReachesTheDialog(FxRobot robot) {
        Platform.runLater(() -> {
            throw new IllegalArgumentException("Entity id must not be empty");
        });

        DialogPane dialog = awaitErrorDialog(robot);
        assertThat(dialog.getHeaderText()).isEqualTo("Something went wrong in Switchboard");
        assertThat(dialog.getContentText()).contains("Entity id must not be empty");
        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("Entity id must not be empty");
    }

    @Test
    void runningWorkShowsInTheStatusBarAndCanBeCancelled(FxRobot robot) {
        AtomicBoolean cancelled = new AtomicBoolean();
        robot.interact(() -> context.tasks().task("Loading 2,000 subscriptions", progress -> {
            progress.update(500, 2000, "page 1 of 4");
            neverReleased.await();
            return null;
        }).onCancelled(() -> cancelled.set(true)).start());

        awaitFx(() -> robot.lookup("#workBox").query().isVisible()
                && robot.lookup("#workProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() == 0.25);
        assertThat(robot.lookup("#workTitle").queryAs(Label.class).getText()).isEqualTo("Loading 2,000 subscriptions");

        robot.clickOn("#cancelWork");
        awaitFx(() -> !robot.lookup("#workBox").query().isVisible());
        assertThat(cancelled).isTrue();
    }

    private static DialogPane awaitErrorDialog(FxRobot robot) {
        awaitFx(() -> robot.lookup(".error-dialog").tryQuery().isPresent());
        return robot.lookup(".error-dialog").queryAs(DialogPane.class);
    }

    private static void awaitFx(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(SAFETY_NET_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.call();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The window did not reach the expected state", e);
        }
    }
}
