package app.switchboard.ui.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.shell.Section;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
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
 * Every interactive control a screen reader can land on has a name. The rule: a visible button,
 * toggle, switch, check box, text field, combo/choice box, hyperlink, list, table, tree, date or
 * colour picker, menu button, slider or spinner is named when it has a non-blank accessible text,
 * OR (for labelled controls: buttons, check boxes, links) a non-blank text of its own, OR (for text
 * fields) a non-blank prompt text, OR a {@link Label} in the same window points at it with
 * {@code labelFor}. A control's own inner parts (the editor inside a date picker or spinner) are
 * named by the control, so they are not checked on their own.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleNamesTest {
    private static final Set<Class<?>> INTERACTIVE = Set.of(ButtonBase.class, ToggleButton.class, ToggleSwitch.class,
            CheckBox.class, TextInputControl.class, ComboBoxBase.class, ChoiceBox.class, Hyperlink.class,
            TableView.class, TreeTableView.class, ListView.class, TreeView.class, DatePicker.class, ColorPicker.class,
            MenuButton.class, Slider.class, Spinner.class);

    @TempDir
    Path home;
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = ShellOnDemo.builder(home, Locale.ENGLISH).sameThreadTasks().build();
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void everyInteractiveControlInEveryViewHasAName(FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        for (Section section : Section.values()) {
            robot.press(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(section.ordinal() + 1)))
                    .release(KeyCode.getKeyCode(String.valueOf(section.ordinal() + 1)), KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            openTheFirstRow(robot);
            unnamed.addAll(unnamedIn(section.name(), robot));
        }
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        unnamed.addAll(unnamedIn("shortcut sheet", robot));
        assertThat(unnamed).as("controls a screen reader cannot name").isEmpty();
    }

    /** Selecting a row fills the detail panes (switches, badges), which are checked too. */
    private static void openTheFirstRow(FxRobot robot) {
        robot.lookup(".table-view").queryAll().stream().filter(Node::isVisible).findFirst().ifPresent(node -> {
            robot.interact(() -> ((TableView<?>) node).getSelectionModel().selectFirst());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> unnamedIn(String where, FxRobot robot) {
        List<String> unnamed = new ArrayList<>();
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                if (window.isShowing() && window.getScene() != null) {
                    List<Node> all = new ArrayList<>();
                    collect(window.getScene().getRoot(), all);
                    Set<Node> labelled = new java.util.HashSet<>();
                    all.stream().filter(Label.class::isInstance).map(n -> ((Label) n).getLabelFor())
                            .filter(java.util.Objects::nonNull).forEach(labelled::add);
                    for (Node node : all) {
                        if (isInteractive(node) && showing(node) && !insideAnotherControl(node)
                                && !named(node, labelled)) {
                            unnamed.add(where + ": " + node.getClass().getSimpleName() + " #" + node.getId()
                                    + " " + node.getStyleClass());
                        }
                    }
                }
            }
        });
        return unnamed;
    }

    private static void collect(Node node, List<Node> into) {
        into.add(node);
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, into));
        }
    }

    private static boolean isInteractive(Node node) {
        return INTERACTIVE.stream().anyMatch(type -> type.isInstance(node));
    }

    private static boolean showing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The editor of a combo box or spinner, the buttons of a table's header menu: part of their owner. */
    private static boolean insideAnotherControl(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ComboBoxBase || n instanceof Spinner || n instanceof ChoiceBox || n instanceof ToggleSwitch) {
                return true;
            }
            if (n instanceof Control control && control.getClass().getName().startsWith("javafx.scene.control.skin")) {
                return true;
            }
        }
        return false;
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (!blank(node.getAccessibleText()) || labelled.contains(node)) {
            return true;
        }
        if (node instanceof Labeled labeled && !(node instanceof ToggleSwitch) && !blank(labeled.getText())) {
            return true;
        }
        return node instanceof TextInputControl field && !blank(field.getPromptText());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
