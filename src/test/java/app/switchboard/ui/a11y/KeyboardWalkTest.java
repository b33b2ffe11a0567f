package app.switchboard.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.connect.ApiConnector;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.DerStore;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching a feature off on the Demo with the keyboard only: Ctrl+1, Ctrl+F, type, arrow down,
 * Tab to the switch, Space, the real confirmation dialog, Tab to its confirm button, Space, and the
 * sandbox's state has changed. Background work runs on worker threads as in the app.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWalkTest {
    private static final String CAPTURE = "CaptureChargeSessions";
    private static final int MOST_TABS = 60;

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
        context.close();
    }

    private DerStore der() {
        return context.session().connection().map(c -> ((ApiConnector.Connection) c).sandbox().orElseThrow().derStore())
                .orElseThrow();
    }

    @Test
    void aFeatureIsSwitchedOffThroughTheConfirmationWithoutTheMouse(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.session().connection().isPresent());
        DerEntity ev = der().entities().stream()
                .filter(e -> e.type().equals("EV") && !e.lacksBatteryCapacity() && der().capture(e.id()).enabled())
                .findFirst().orElseThrow(() -> new AssertionError("the seed has no EV capturing sessions"));

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusOwner(robot)).isInstanceOf(TextField.class).extracting(Node::getId).isEqualTo("search");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#table").queryTableView().getItems().isEmpty());
        robot.write(ev.id().toString().substring(0, 13)).type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#featureSwitch-" + CAPTURE).tryQuery()
                .map(n -> !n.isDisabled()).orElse(false));
        // the detail's sessions arrive later and redraw the pane; walk it once it is complete
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> context.tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ToggleSwitch toggle = (ToggleSwitch) tabUntil(robot,
                node -> node instanceof ToggleSwitch && ("featureSwitch-" + CAPTURE).equals(node.getId()));
        assertThat(toggle.isSelected()).isTrue();
        assertThat(toggle.getAccessibleText()).contains(CAPTURE).contains("On");

        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmChange").tryQuery().isPresent());
        assertThat(der().capture(ev.id()).enabled()).as("nothing changes before the confirmation").isTrue();
        // a desktop's window manager gives a new dialog the keyboard; Monocle leaves it with the main window
        robot.interact(() -> robot.lookup("#confirmChange").query().getScene().getWindow().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        tabUntil(robot, node -> "confirmChange".equals(node.getId()));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !der().capture(ev.id()).enabled());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !toggle.isSelected());
        assertThat(toggle.getAccessibleText()).contains("Off");
    }

    /** Presses Tab until the focus is on the node {@code reached} accepts, and returns that node. */
    private static Node tabUntil(FxRobot robot, Predicate<Node> reached) {
        Node focused = focusOwner(robot);
        for (int i = 0; i < MOST_TABS && !reached.test(focused); i++) {
            robot.press(KeyCode.TAB).release(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            focused = focusOwner(robot);
        }
        assertThat(focused).as("reached with Tab").matches(reached::test);
        return focused;
    }

    /** The focused node of the window that has the focus (the dialog while it is open). */
    private static Node focusOwner(FxRobot robot) {
        Node[] owner = new Node[1];
        // the most recently opened focused window: a dialog sits after its owner in the list
        robot.interact(() -> Window.getWindows().stream().filter(Window::isFocused).reduce((first, later) -> later)
                .ifPresent(w -> owner[0] = w.getScene().getFocusOwner()));
        return owner[0] == null ? new javafx.scene.layout.Pane() : owner[0];
    }
}
