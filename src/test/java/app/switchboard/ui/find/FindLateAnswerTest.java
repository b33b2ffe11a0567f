package app.switchboard.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.find.FindKind;
import app.switchboard.find.Finder;
import app.switchboard.find.Found;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The operator picks a result with the arrow keys before the servers have answered; their answer
 * then joins the list and sorts in above the pick. Enter must still open what the operator picked,
 * not whatever the late answer moved under the highlight.
 */
@ExtendWith(ApplicationExtension.class)
class FindLateAnswerTest {
    @TempDir
    Path home;
    private AppContext context;
    private ShellWindow window;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH).build();
        window = new ShellWindow(context);
        window.open(stage);
    }

    @BeforeEach
    void entitiesLoaded(FxRobot robot) throws Exception {
        ShellOnDemo.awaitEntities(robot, context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The Subscriptions page names its customers: their numbers are the loaded matches for "CUS-". */
    private void subscriptionsPageLoaded(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        Finder finder = context.service(Finder.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> finder.loaded("CUS-").size() >= 3);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLateServerAnswerDoesNotChangeWhatTheArrowKeysPicked(FxRobot robot) throws Exception {
        subscriptionsPageLoaded(robot);
        FindWindow[] find = new FindWindow[1];
        Found[] picked = new Found[1];
        robot.interact(() -> {
            find[0] = window.controller().showFind();
            TextField field = robot.lookup("#findField").queryAs(TextField.class);
            field.setText("CUS-");
            // two keys down at once, before the pause after typing has passed and the servers are asked
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN, false, false, false, false));
            picked[0] = robot.lookup("#findResults").queryAs(ListView.class).getSelectionModel().getSelectedItem() instanceof Found f
                    ? f : null;
        });
        assertThat(picked[0]).isNotNull();
        assertThat(picked[0].kind()).isEqualTo(FindKind.CUSTOMER);
        ListView<Found> results = robot.lookup("#findResults").queryAs(ListView.class);

        // Fynn's search also finds subscriptions by their customers' numbers: they sort in above the customers
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> results.getItems().stream()
                .anyMatch(hit -> hit.source() == Found.Source.SERVER && hit.kind() == FindKind.SUBSCRIPTION));
        WaitForAsyncUtils.waitForFxEvents();

        Found selected = results.getSelectionModel().getSelectedItem();
        assertThat(selected).as("still the pick").isNotNull();
        assertThat(selected.kind() + ":" + selected.id()).isEqualTo(picked[0].kind() + ":" + picked[0].id());
    }

    /** The servers are still asked about "CUS-" when the operator types on: nothing found for "CUS-" may show for the new text. */
    @Test
    @SuppressWarnings("unchecked")
    void anAnswerForTextNoLongerInTheBoxNeverShows(FxRobot robot) throws Exception {
        subscriptionsPageLoaded(robot);
        robot.interact(() -> {
            window.controller().showFind();
            robot.lookup("#findField").queryAs(TextField.class).setText("CUS-");
        });
        ListView<Found> results = robot.lookup("#findResults").queryAs(ListView.class);
        // the pause after typing has passed: the servers are being asked about "CUS-"
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !context.tasks().running().isEmpty()
                || results.getItems().stream().anyMatch(hit -> hit.source() == Found.Source.SERVER));

        robot.interact(() -> robot.lookup("#findField").queryAs(TextField.class).setText("zz-no-such-thing"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#findStatus").queryAs(javafx.scene.control.Label.class)
                .getText().equals("Nothing in this environment matches \"zz-no-such-thing\"."));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(results.getItems()).isEmpty();
    }
}
