package app.switchboard.ui.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class KeySortedTableTest {
    record Person(String name, Integer age) {
    }

    private final Person bea = new Person("bea", 40);
    private final Person adam = new Person("Adam", null);
    private final Person carl = new Person("carl", 30);
    private final Person nobody = new Person(null, 20);
    private TableView<Person> table;
    private TableColumn<Person, String> name;
    private TableColumn<Person, Integer> age;

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(bea, adam, carl, nobody));
        KeySortedTable<Person> columns = new KeySortedTable<>(table);
        name = columns.column("Name", Person::name, SortKey.byText(Person::name), 100);
        age = columns.column("Age", Person::age, SortKey.byKey(Person::age), 100);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        stage.setScene(new Scene(table, 300, 200));
        stage.show();
    }

    @Test
    void textSortsIgnoringCaseWithMissingNamesLast(FxRobot robot) {
        robot.interact(() -> table.getSortOrder().setAll(List.of(name)));
        assertThat(table.getItems()).containsExactly(adam, bea, carl, nobody);

        robot.interact(() -> name.setSortType(TableColumn.SortType.DESCENDING));
        assertThat(table.getItems()).containsExactly(nobody, carl, bea, adam);
    }

    @Test
    void sortingKeepsTheSelectedRowsSelected(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(bea);
            table.getSelectionModel().select(nobody);
            table.getSortOrder().setAll(List.of(age));
        });
        assertThat(table.getItems()).containsExactly(nobody, carl, bea, adam);
        assertThat(table.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(bea, nobody);
    }

    @Test
    void rowsThatReplaceSortedRowsComeInTheColumnsOrderUntilTheSortIsCleared(FxRobot robot) {
        RowList<Person> rows = new RowList<>(List.of(bea, adam));
        Person dora = new Person("Dora", 25);
        robot.interact(() -> {
            table.setItems(rows);
            table.getSortOrder().setAll(List.of(age));
            // a new scan or another queue replaces the rows while the header still shows the sort
            rows.setAll(List.of(bea, adam, dora, carl, nobody));
        });
        assertThat(table.getItems()).containsExactly(nobody, dora, carl, bea, adam);

        robot.interact(() -> {
            table.getSortOrder().clear();
            rows.setAll(List.of(bea, adam, dora));
        });
        assertThat(table.getItems()).containsExactly(bea, adam, dora);
    }

    @Test
    void aRowListIsReorderedWithTheSelectionAndFocusOnTheirRows(FxRobot robot) {
        RowList<Person> rows = new RowList<>(List.of(bea, adam, carl, nobody));
        List<javafx.collections.ListChangeListener.Change<? extends Person>> changes = new java.util.ArrayList<>();
        robot.interact(() -> {
            table.setItems(rows);
            table.getSelectionModel().select(bea);
            table.getSelectionModel().select(nobody);
            table.getFocusModel().focus(rows.indexOf(carl));
            rows.addListener((javafx.collections.ListChangeListener<Person>) change -> {
                while (change.next()) {
                    changes.add(change);
                }
            });
            table.getSortOrder().setAll(List.of(age));
        });

        assertThat(table.getItems()).containsExactly(nobody, carl, bea, adam);
        assertThat(changes).singleElement().matches(javafx.collections.ListChangeListener.Change::wasPermutated);
        assertThat(table.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(bea, nobody);
        assertThat(table.getFocusModel().getFocusedItem()).isSameAs(carl);

        robot.interact(() -> name.setSortType(TableColumn.SortType.DESCENDING));
        robot.interact(() -> table.getSortOrder().setAll(List.of(name)));
        assertThat(table.getItems()).containsExactly(nobody, carl, bea, adam);
        robot.interact(() -> name.setSortType(TableColumn.SortType.ASCENDING));
        assertThat(table.getItems()).containsExactly(adam, bea, carl, nobody);
        assertThat(table.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(bea, nobody);
        assertThat(table.getFocusModel().getFocusedItem()).isSameAs(carl);
    }

    @Test
    void rowsChosenAgainAfterAFilterKeepTheRowLastClickedAsTheSelectedAndFocusedOne(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(nobody);
            table.getSelectionModel().select(bea);
        });
        List<Person> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        Person focused = table.getFocusModel().getFocusedItem();
        assertThat(focused).isSameAs(bea);

        robot.interact(() -> {
            table.getItems().setAll(List.of(bea, carl, nobody));
            KeySortedTable.reselect(table, chosen, focused);
        });

        assertThat(table.getSelectionModel().getSelectedItems()).containsExactlyInAnyOrder(bea, nobody);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(bea);
        assertThat(table.getFocusModel().getFocusedItem()).isSameAs(bea);
    }
}
