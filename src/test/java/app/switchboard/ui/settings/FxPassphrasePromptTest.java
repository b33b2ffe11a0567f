package app.switchboard.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ui.common.fx.Messages;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The secret store asks from a background thread; the dialog answers it from the FX thread. */
@ExtendWith(ApplicationExtension.class)
class FxPassphrasePromptTest {
    private static final String FILE = "/home/ann/.local/share/switchboard/secrets.json";
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final FxPassphrasePrompt prompt = new FxPassphrasePrompt(Messages.load(Locale.ENGLISH));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @Test
    void theTypedPassphraseAnswersTheBackgroundThreadsQuestion(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(
                () -> prompt.existingPassphrase(FILE, false), background);
        waitFor(robot, "#passphrase");

        assertThat(robot.lookup("#passphraseWasWrong").tryQuery()).isEmpty();
        type(robot, "#passphrase", "correct horse");
        press(robot, "#passphraseOk");

        assertThat(new String(answer.get(30, TimeUnit.SECONDS))).isEqualTo("correct horse");
    }

    @Test
    void afterAWrongPassphraseTheDialogSaysSo(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(
                () -> prompt.existingPassphrase(FILE, true), background);
        waitFor(robot, "#passphrase");

        assertThat(robot.lookup("#passphraseWasWrong").tryQuery()).isPresent();
        press(robot, "#passphraseCancel");

        assertThat(answer.get(30, TimeUnit.SECONDS)).as("cancelled").isNull();
    }

    @Test
    void aNewPassphraseMustBeTypedTheSameTwice(FxRobot robot) throws Exception {
        CompletableFuture<char[]> answer = CompletableFuture.supplyAsync(() -> prompt.newPassphrase(FILE), background);
        waitFor(robot, "#passphraseRepeat");

        type(robot, "#passphrase", "new passphrase");
        type(robot, "#passphraseRepeat", "new passphrasf");
        assertThat(robot.lookup("#passphraseOk").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#passphraseMismatch").query().isVisible()).isTrue();

        type(robot, "#passphraseRepeat", "new passphrase");
        assertThat(robot.lookup("#passphraseOk").query().isDisabled()).isFalse();
        press(robot, "#passphraseOk");

        assertThat(new String(answer.get(30, TimeUnit.SECONDS))).isEqualTo("new passphrase");
    }

    /**
     * Enters text as typing does, on the FX thread. Robot clicks raced the dialog window's showing
     * under Monocle now and then; the dialog's behaviour is what these tests are about.
     */
    private static void type(FxRobot robot, String query, String text) throws Exception {
        waitFor(robot, query);
        javafx.scene.control.TextInputControl field = robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class);
        robot.interact(() -> field.setText(text));
    }

    private static void press(FxRobot robot, String query) throws Exception {
        waitFor(robot, query);
        javafx.scene.control.Button button = robot.lookup(query).queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !button.isDisabled());
        robot.interact(button::fire);
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }
}
