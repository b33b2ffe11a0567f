package app.switchboard.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.switchboard.AppContext;
import app.switchboard.ui.a11y.ShellOnDemo;
import app.switchboard.ui.common.fx.CellTexts;
import app.switchboard.ui.entities.EntityRow;
import app.switchboard.ui.shell.ShellWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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
 * The entity detail's title, the entity's name, is shown whole, on more lines when it is long, and
 * so are its fields that can be long (name, parent id, last seen, created): in
 * the window a first start opens on the tests' 1440×900 screen and in a window of the whole
 * screen, in English and German. Checked through what is rendered, not by eye.
 */
@ExtendWith(ApplicationExtension.class)
class EntityTitleWholeTest {
    /** Enough of the longest names to meet every panel width the layout gives them. */
    private static final int LONGEST = 4;

    @TempDir
    Path home;
    private Stage stage;
    private AppContext context;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theLongestSeedNamesAndTheirFieldsAreWholeInTheDetailAtTheFirstStartsSizeAndAt1440x900InEnglish(FxRobot robot)
            throws Exception {
        titlesWholeAtBothSizes(robot, Locale.ENGLISH);
    }

    @Test
    void theLongestSeedNamesAndTheirFieldsAreWholeInTheDetailAtTheFirstStartsSizeAndAt1440x900InGerman(FxRobot robot)
            throws Exception {
        titlesWholeAtBothSizes(robot, Locale.GERMAN);
    }

    @SuppressWarnings("unchecked")
    private void titlesWholeAtBothSizes(FxRobot robot, Locale locale) throws Exception {
        context = ShellOnDemo.builder(home, locale).build();
        robot.interact(() -> new ShellWindow(context).open(stage));
        ShellOnDemo.awaitEntities(robot, context);
        TableView<EntityRow> table = robot.lookup("#table").queryAs(TableView.class);
        List<EntityRow> longest = new ArrayList<>(table.getItems().stream()
                .sorted(Comparator.comparingInt((EntityRow row) -> row.name().length()).reversed())
                .limit(LONGEST).toList());
        // and one with a parent, whose id is as long as its own
        longest.add(table.getItems().stream().filter(row -> row.entity().parentId() != null).findFirst().orElseThrow());
        // the first start's window: 90% of the screen
        assertThat(stage.getWidth()).isCloseTo(1296, within(1.0));
        titlesWhole(robot, table, longest);

        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        WaitForAsyncUtils.waitForFxEvents();
        titlesWhole(robot, table, longest);
    }

    private static void titlesWhole(FxRobot robot, TableView<EntityRow> table, List<EntityRow> rows) throws Exception {
        for (EntityRow row : rows) {
            robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(row)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#entityDetailTitle").tryQuery()
                    .map(node -> row.name().equals(((Label) node).getText())).orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
            Label title = robot.lookup("#entityDetailTitle").queryAs(Label.class);
            String name = row.name();

            assertThat(CellTexts.shown(title)).as("what is rendered of %s", name).isEqualTo(name);
            Text text = rendered(title);
            Bounds drawn = text.localToScreen(text.getBoundsInLocal());
            Bounds panel = detailViewport(title);
            assertThat(drawn.getMaxX()).as("%s ends inside the panel (%s)", name, panel).isLessThanOrEqualTo(panel.getMaxX() + 0.5);
            assertThat(drawn.getMinX()).isGreaterThanOrEqualTo(panel.getMinX() - 0.5);
            assertThat(title.getHeight()).as("%s has the height of all its lines", name)
                    .isGreaterThanOrEqualTo(text.getLayoutBounds().getHeight() - 0.5);
            // its fields that can be long, whole too
            for (String field : List.of("#entityField-name", "#entityField-parent", "#entityField-lastSeen",
                    "#entityField-created")) {
                Label value = robot.lookup(field).queryAs(Label.class);
                assertThat(CellTexts.shown(value)).as(field).isEqualTo(value.getText());
            }
        }
    }

    private static Text rendered(Label label) {
        return label.lookupAll(".text").stream().filter(node -> node instanceof Text && node.getParent() == label)
                .map(Text.class::cast).findFirst().orElseThrow();
    }

    /** The part of the detail's scroll pane that is on screen. */
    private static Bounds detailViewport(Node inside) {
        Node node = inside;
        while (!(node instanceof ScrollPane)) {
            node = node.getParent();
        }
        ScrollPane scroll = (ScrollPane) node;
        Node viewport = scroll.lookup(".viewport");
        return viewport.localToScreen(viewport.getBoundsInLocal());
    }
}
