package app.switchboard.ui.common.table;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A big table's column sorting on keys extracted from the rows ({@link SortKey}), never on cell
 * values: a click on a header builds a {@link RowOrder} from the table's sort order and either hands
 * it to the owner of the rows (who keeps rows the table does not show in that order too) or sorts
 * the table's own rows. A {@link RowList} is put in its new order as one permutation, which the
 * table's selection follows by index; any other list is replaced in one go and the selection and
 * focus put back on their rows by identity. A stock sort compares cell values twice per comparison
 * and then finds the focused row again by comparing rows by value.
 */
public final class KeySortedTable<R> {
    private final TableView<R> table;
    private final Map<TableColumn<R, ?>, SortKey<R>> keys = new IdentityHashMap<>();

    /** Sorts the table's own rows. */
    public KeySortedTable(TableView<R> table) {
        this.table = table;
        table.setSortPolicy(t -> {
            RowOrder<R> order = order();
            if (t.getItems() instanceof RowList<R> rows) {
                rows.keepIn(order);
            }
            if (!order.isNone()) {
                sort(t, order);
            }
            return true;
        });
    }

    /**
     * Hands each new order to {@code owner}, who puts the rows in it (an empty sort order is
     * {@link RowOrder#none()}), best with {@link RowList#reorder} so that the selection stays on its rows.
     */
    public KeySortedTable(TableView<R> table, Consumer<RowOrder<R>> owner) {
        this.table = table;
        table.setSortPolicy(t -> {
            R focused = t.getFocusModel().getFocusedItem();
            owner.accept(order());
            refocus(t, focused);
            return true;
        });
    }

    /** Adds a column showing {@code cell} of each row and sorting by {@code key}. */
    public <V> TableColumn<R, V> column(String title, Function<R, V> cell, SortKey<R> key, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(cell.apply(data.getValue())));
        column.setPrefWidth(width);
        keys.put(column, key);
        table.getColumns().add(column);
        return column;
    }

    /** Makes an existing column (e.g. from FXML) sort by {@code key}. */
    public void sortBy(TableColumn<R, ?> column, SortKey<R> key) {
        keys.put(column, key);
    }

    private RowOrder<R> order() {
        RowOrder<R> order = RowOrder.none();
        for (TableColumn<R, ?> column : table.getSortOrder()) {
            SortKey<R> key = keys.get(column);
            if (key != null) {
                order = order.then(key, column.getSortType() != TableColumn.SortType.DESCENDING);
            }
        }
        return order;
    }

    private static <R> void sort(TableView<R> table, RowOrder<R> order) {
        ObservableList<R> items = table.getItems();
        int[] positions = order.sortedPositions(items);
        R focused = table.getFocusModel().getFocusedItem();
        if (items instanceof RowList<R> rows) {
            rows.reorder(positions);
            refocus(table, focused);
            return;
        }
        List<R> sorted = new ArrayList<>(positions.length);
        for (int position : positions) {
            sorted.add(items.get(position));
        }
        List<R> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        items.setAll(sorted);
        reselect(table, selected, focused);
    }

    /**
     * Puts the focus back on {@code focused} after a permutation, which the table's selection
     * follows but its focus does not (it stays at the old index). Found by identity, not by value.
     */
    private static <R> void refocus(TableView<R> table, R focused) {
        if (focused == null || table.getFocusModel().getFocusedItem() == focused) {
            return;
        }
        List<R> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == focused) {
                table.getFocusModel().focus(i);
                return;
            }
        }
    }

    /** Selects {@code selected} and focuses {@code focused} again after the table's rows were replaced. */
    public static <R> void reselect(TableView<R> table, List<R> selected, R focused) {
        if (selected.isEmpty() && focused == null) {
            return;
        }
        Map<R, Boolean> wanted = new IdentityHashMap<>();
        selected.forEach(row -> wanted.put(row, Boolean.TRUE));
        List<R> items = table.getItems();
        int focusedAt = -1;
        for (int i = 0; i < items.size(); i++) {
            R row = items.get(i);
            if (wanted.containsKey(row)) {
                table.getSelectionModel().select(i);
            }
            if (row == focused) {
                focusedAt = i;
            }
        }
        // each select moves the focus and the selected item to its row: the focused row comes last
        if (focusedAt >= 0 && wanted.containsKey(focused)) {
            table.getSelectionModel().select(focusedAt);
        } else if (focusedAt >= 0) {
            table.getFocusModel().focus(focusedAt);
        }
    }
}
