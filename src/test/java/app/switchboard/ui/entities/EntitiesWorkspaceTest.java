package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.DerEntity;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.table.StatusBadge;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.ToggleSwitch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Entities workspace on the Demo sandbox (fixed seed and clock), driven as an operator would. */
@ExtendWith(ApplicationExtension.class)
class EntitiesWorkspaceTest {
    private static final String CAPTURE = "CaptureChargeSessions";

    @TempDir
    Path home;
    private DemoWorkspace demo;
    private EntitiesController controller;

    @Start
    void start(Stage stage) {
        demo = DemoWorkspace.sameThread(home);
        // the theme defines the looked-up colours the view's stylesheets use
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        ViewLoader.LoadedView<EntitiesController> view = demo.context.views().load(FxmlView.ENTITIES);
        controller = view.controller();
        stage.setScene(new Scene(view.root(), 1240, 760));
        stage.show();
        demo.connect();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void typingInTheSearchNarrowsTheRowsAsYouType(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(demo.der().entities().size());
        robot.clickOn("#search").write("Aiwa");
        long aiways = demo.der().entities().stream().filter(e -> e.brand().equals("Aiways")).count();
        assertThat(table(robot).getItems()).hasSize((int) aiways).allMatch(row -> row.brand().equals("Aiways"));
        assertThat(robot.lookup("#entitiesStatus").queryAs(Label.class).getText()).endsWith(aiways + " shown");
    }

    @Test
    void sortingByEachColumnOrdersTheRowsAndKeepsTheSelectedEntitySelected(FxRobot robot) {
        TableView<EntityRow> table = table(robot);
        EntityRow chosen = table.getItems().get(table.getItems().size() / 2);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(table.getItems().indexOf(chosen));
            table.getFocusModel().focus(table.getItems().indexOf(chosen));
        });
        Comparator<String> text = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
        Map<String, Comparator<EntityRow>> ascending = Map.of(
                "nameColumn", Comparator.comparing(EntityRow::name, text),
                "typeColumn", Comparator.comparing(row -> row.type() == null ? null : row.type().value(), text),
                "brandColumn", Comparator.comparing(EntityRow::brand, text),
                "identifierColumn", Comparator.comparing(EntityRow::identifier, text),
                "onlineColumn", Comparator.comparing(row -> row.online() == null ? 2 : row.online() ? 0 : 1),
                "lastSeenColumn", Comparator.comparing(EntityRow::lastSeen, Comparator.nullsLast(Comparator.reverseOrder())),
                "createdColumn", Comparator.comparing(EntityRow::created, Comparator.nullsLast(Comparator.naturalOrder())));
        assertThat(table.getColumns()).extracting(TableColumn::getId).containsExactlyInAnyOrderElementsOf(ascending.keySet());
        for (TableColumn<EntityRow, ?> column : table.getColumns()) {
            for (TableColumn.SortType direction : TableColumn.SortType.values()) {
                robot.interact(() -> {
                    column.setSortType(direction);
                    table.getSortOrder().setAll(List.of(column));
                });
                Comparator<EntityRow> expected = ascending.get(column.getId());
                assertThat(table.getItems()).as("%s %s", column.getId(), direction).hasSize(demo.der().entities().size())
                        .isSortedAccordingTo(direction == TableColumn.SortType.ASCENDING ? expected : expected.reversed());
                assertThat(table.getSelectionModel().getSelectedItems()).containsExactly(chosen);
                assertThat(table.getFocusModel().getFocusedItem()).isSameAs(chosen);
                assertThat(controller.model().detail().entityProperty().get()).isSameAs(chosen);
            }
        }
    }

    @Test
    void typingKeepsTheSelectedEntitySelectedWhileItStillMatches(FxRobot robot) {
        TableView<EntityRow> table = table(robot);
        EntityRow chosen = table.getItems().stream().filter(row -> "Aiways".equals(row.brand())).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(chosen)));

        robot.clickOn("#search").write("Aiwa");

        assertThat(table.getSelectionModel().getSelectedItems()).containsExactly(chosen);
        assertThat(controller.model().detail().entityProperty().get()).isSameAs(chosen);
    }

    @Test
    void enablingCaptureOnASupportedEvSucceedsAndTheBadgeSaysSo(FxRobot robot) {
        DerEntity ev = demo.supportedEvCapturingNothing();
        open(robot, ev);
        assertThat(badge(robot)).isEqualTo("Disabled");

        robot.clickOn(robot.lookup("#featureSwitch-" + CAPTURE + " .thumb-area").queryAs(Node.class));

        assertThat(badge(robot)).isEqualTo("Enabled");
        assertThat(toggle(robot).isSelected()).isTrue();
        assertThat(demo.der().capture(ev.id()).enabled()).isTrue();
    }

    @Test
    void anEvWithoutBatteryCapacityShowsTheRefusalAndTheSwitchReturnsToOff(FxRobot robot) {
        DerEntity ev = demo.evWithoutBatteryCapacity();
        open(robot, ev);

        robot.clickOn(robot.lookup("#featureSwitch-" + CAPTURE + " .thumb-area").queryAs(Node.class));

        assertThat(badge(robot)).isEqualTo("Refused");
        assertThat(robot.lookup("#featureReason-" + CAPTURE).queryAs(Label.class).getText())
                .contains("Battery capacity must be set");
        assertThat(toggle(robot).isSelected()).isFalse();
        assertThat(demo.der().capture(ev.id()).enabled()).isFalse();
    }

    @Test
    void aHeatPumpShowsTheFeatureAsNotApplicableWithTheSwitchDisabled(FxRobot robot) {
        open(robot, demo.first(e -> e.type().equals("HeatPump")));

        assertThat(badge(robot)).isEqualTo("Not applicable");
        assertThat(toggle(robot).isDisabled()).isTrue();
        assertThat(robot.lookup("#featureReason-" + CAPTURE).queryAs(Label.class).getText())
                .isEqualTo("CaptureChargeSessions applies only to EVs and charge points; this entity is a heat pump.");
    }

    @Test
    void aBulkRunOverAMixedSelectionReportsTheRightCounts(FxRobot robot) {
        List<DerEntity> picked = List.of(demo.supportedEvCapturingNothing(), demo.evWithoutBatteryCapacity(),
                demo.first(e -> e.type().equals("HeatPump")),
                demo.first(e -> e.type().equals("ChargePoint") && demo.der().capture(e.id()).enabled()));
        TableView<EntityRow> table = table(robot);
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            for (DerEntity entity : picked) {
                table.getSelectionModel().select(rowOf(table, entity));
            }
        });

        robot.clickOn("#bulk").clickOn("#bulkEnable-" + CAPTURE);
        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText())
                .startsWith("2 will change · 1 already in that state · 1 not eligible");
        // the EV without battery capacity is eligible by type; only the server knows it will refuse
        robot.clickOn("#bulkStart");

        assertThat(robot.lookup("#bulkSummary").queryAs(Label.class).getText())
                .isEqualTo("Finished: 1 succeeded · 1 refused · 0 failed · 0 changed meanwhile · 0 not started.");
        assertThat(demo.der().capture(picked.get(0).id()).enabled()).isTrue();
    }

    @Test
    void exportWritesExactlyTheVisibleRowsInTheTablesOrder(FxRobot robot) {
        robot.clickOn("#typeChip-EV").clickOn("#onlineNo");
        robot.clickOn(robot.lookup(".column-header").nth(5).queryAs(Node.class));
        List<EntityRow> visible = List.copyOf(table(robot).getItems());
        assertThat(visible).isNotEmpty().allMatch(row -> row.type().value().equals("EV") && !Boolean.TRUE.equals(row.online()));

        StringWriter csv = new StringWriter();
        controller.model().exportVisible(csv);

        List<String> lines = csv.toString().lines().toList();
        assertThat(lines).hasSize(visible.size() + 1);
        for (int i = 0; i < visible.size(); i++) {
            assertThat(lines.get(i + 1)).startsWith(visible.get(i).id() + ",");
        }
    }

    @Test
    void searchThenArrowDownSelectsTheFirstMatchAndShowsItsDetail(FxRobot robot) {
        DerEntity ev = demo.supportedEvCapturingNothing();
        robot.clickOn("#search").write(ev.identifier()).type(KeyCode.DOWN);
        assertThat(robot.lookup("#entityDetailTitle").queryAs(Label.class).getText()).isEqualTo(ev.name());
        assertThat(robot.lookup("#entityField-identifier").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(ev.identifier());
    }

    @Test
    void ctrlCCopiesTheIdsOfTheSelectedRows(FxRobot robot) {
        TableView<EntityRow> table = table(robot);
        robot.clickOn(robot.lookup(".table-row-cell").nth(0).queryAs(Node.class));
        robot.interact(() -> table.getSelectionModel().selectRange(0, 3));
        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);

        assertThat(clipboard(robot)).isEqualTo(table.getItems().get(0).id() + "\n" + table.getItems().get(1).id()
                + "\n" + table.getItems().get(2).id());
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = javafx.scene.input.Clipboard.getSystemClipboard().getString());
        return text[0];
    }

    @Test
    void pointingAtANameShowsItWholeInATooltipAndScreenReadersGetItToo(FxRobot robot) {
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup("#table .table-row-cell .table-cell")
                .match(node -> node instanceof javafx.scene.control.TableCell<?, ?> c && !c.isEmpty()
                        && c.getTableColumn().getId().equals("nameColumn"))
                .queryAs(javafx.scene.control.TableCell.class);
        assertThat(cell.getAccessibleHelp()).isEqualTo(cell.getText());

        robot.moveTo(cell);

        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(cell.getText()).isNotBlank();
    }

    @Test
    void atTheShellsDefaultWidthTheDetailPanelShowsTheFeatureSwitchWhole(FxRobot robot) {
        // the shell's 1280 px window leaves the view about 1,000 px beside the navigation
        robot.interact(() -> robot.lookup("#table").query().getScene().getWindow().setWidth(1000));
        open(robot, demo.supportedEvCapturingNothing());
        robot.interact(() -> { });

        Node scroll = robot.lookup(".entities-detail-scroll").query();
        javafx.geometry.Bounds panel = scroll.localToScene(scroll.getLayoutBounds());
        javafx.geometry.Bounds toggle = toggle(robot).localToScene(toggle(robot).getLayoutBounds());
        assertThat(toggle.getMaxX()).as("the switch's right edge against the panel's").isLessThanOrEqualTo(panel.getMaxX());
        assertThat(robot.lookup(".entities-detail-scroll .scroll-bar").<Node>queryAll())
                .as("no horizontal scroll bar of the detail panel itself")
                .noneMatch(bar -> bar.getParent() == scroll && bar.isVisible()
                        && ((javafx.scene.control.ScrollBar) bar).getOrientation() == javafx.geometry.Orientation.HORIZONTAL);
    }

    @Test
    void aDividerDraggedByItsGrabberStaysWhereItWasPutWhenTheWindowResizes(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup(".entities-split").queryAs(javafx.scene.control.SplitPane.class);
        Node grabber = robot.lookup(".entities-split .split-pane-divider .horizontal-grabber").query();
        robot.drag(grabber).moveBy(-120, 0).release(javafx.scene.input.MouseButton.PRIMARY);

        robot.interact(() -> split.getScene().getWindow().setWidth(1100));

        double detail = (1 - split.getDividerPositions()[0]) * split.getWidth();
        assertThat(detail).as("the dragged detail panel does not snap back to its share")
                .isGreaterThan(split.getWidth() * 0.3 + 60);
    }

    private void open(FxRobot robot, DerEntity entity) {
        robot.clickOn("#search").write(entity.id().toString().substring(0, 13)).type(KeyCode.DOWN);
        assertThat(robot.lookup("#entityDetailTitle").queryAs(Label.class).getText()).isEqualTo(entity.name());
    }

    private static EntityRow rowOf(TableView<EntityRow> table, DerEntity entity) {
        return table.getItems().stream().filter(r -> r.id().equals(entity.id().toString())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<EntityRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private static String badge(FxRobot robot) {
        return robot.lookup("#featureStatus-" + CAPTURE).queryAs(StatusBadge.class).words();
    }

    private static ToggleSwitch toggle(FxRobot robot) {
        return robot.lookup("#featureSwitch-" + CAPTURE).queryAs(ToggleSwitch.class);
    }
}
