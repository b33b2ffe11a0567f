package app.switchboard.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.fx.CellTexts;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import java.util.List;
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
 * On a 1440×900 screen (the tests' headless screen), in the window a first start opens, the Demo's
 * values are shown whole: every entity name, the entity id in the detail, the charge sessions, the
 * connection states.
 */
@ExtendWith(ApplicationExtension.class)
class WholeValuesTest {
    @TempDir
    Path home;
    private AppContext context;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = ShellOnDemo.builder(home, Locale.ENGLISH).build();
        // a first start on the 1440x900 screen the tests run on: the window takes 90% of it
        new ShellWindow(context).open(stage);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object> loadedTable(FxRobot robot) throws Exception {
        TableView<Object> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 250);
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void everySeedEntityNameIsShownWholeAt1440x900(FxRobot robot) throws Exception {
        TableView<Object> table = loadedTable(robot);
        assertThat(CellTexts.cutIn(robot, table, "nameColumn")).isEmpty();
        assertThat(CellTexts.cutIn(robot, table, "typeColumn")).isEmpty();
    }

    @Test
    void theEntityIdIsShownWholeInTheDetailPanel(FxRobot robot) throws Exception {
        TableView<Object> table = loadedTable(robot);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entityField-id").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Label id = robot.lookup("#entityField-id").queryAs(Label.class);
        assertThat(id.getText()).hasSize(36);
        assertThat(CellTexts.shown(id)).isEqualTo(id.getText());
    }

    @Test
    void chargeSessionsShowTheirMediumDatesWhole(FxRobot robot) throws Exception {
        TableView<Object> table = loadedTable(robot);
        var der = ((app.switchboard.connect.ApiConnector.Connection) context.session().connection().orElseThrow())
                .sandbox().orElseThrow().derStore();
        int capturing = 0;
        for (int i = 0; i < table.getItems().size(); i++) {
            String rowId = ((app.switchboard.ui.entities.EntityRow) table.getItems().get(i)).id();
            if (der.capture(java.util.UUID.fromString(rowId)).enabled()) {
                capturing = i;
                break;
            }
        }
        int row = capturing;
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".charge-session-when").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        List<Labeled> lines = robot.lookup("#chargeSessions").lookup(".label").queryAllAs(Labeled.class).stream()
                .filter(Labeled::isVisible).filter(l -> l.getText() != null && !l.getText().isEmpty()).toList();
        assertThat(lines).isNotEmpty();
        for (Labeled line : lines) {
            assertThat(CellTexts.shown(line)).as("what is shown of %s", line.getText()).isEqualTo(line.getText());
        }
        // the medium date of the rest of the console ("Oct 11, 2025"), not the short US one ("10/11/25")
        assertThat(robot.lookup(".charge-session-when").queryAs(Label.class).getText())
                .matches("[A-Z][a-z]{2} \\d{1,2}, \\d{4}, .*");
    }

    @Test
    void theStatusBarKeepsTheConnectionStatesWholeWhileWorkRuns(FxRobot robot) throws Exception {
        loadedTable(robot);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> context.tasks().task("Reading the entitlements of every subscription in the environment "
                + "to answer the review's questions, page by page", progress -> {
                    release.await();
                    return null;
                }).start());
        try {
            robot.interact(() -> stage.setWidth(stage.getMinWidth()));
            WaitForAsyncUtils.waitForFxEvents();
            for (String state : List.of("#derStatus", "#fynnStatus")) {
                Label label = robot.lookup(state).queryAs(Label.class);
                assertThat(CellTexts.shown(label)).as(state).isEqualTo(label.getText());
            }
            Label work = robot.lookup("#workTitle").queryAs(Label.class);
            assertThat(CellTexts.shown(work)).as("the task's text gives way").endsWith("...");
        } finally {
            release.countDown();
        }
    }
}
