package app.switchboard.ui.review;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Columns whose sorting compares keys extracted from the row, not cell values: the table's sort
 * policy sorts the backing list itself, which stays fast on a scan of many thousand rows.
 */
final class KeySortedTable<R> {
    private final TableView<R> table;
    private final Map<TableColumn<R, ?>, Comparator<R>> orders = new IdentityHashMap<>();

    KeySortedTable(TableView<R> table) {
        this.table = table;
        table.setSortPolicy(t -> {
            Comparator<R> order = null;
            for (TableColumn<R, ?> column : t.getSortOrder()) {
                Comparator<R> byColumn = orders.get(column);
                if (byColumn == null) {
                    continue;
                }
                byColumn = column.getSortType() == TableColumn.SortType.DESCENDING ? byColumn.reversed() : byColumn;
                order = order == null ? byColumn : order.thenComparing(byColumn);
            }
            if (order != null) {
                FXCollections.sort(t.getItems(), order);
            }
            return true;
        });
    }

    /** Adds a column showing {@code cell} of each row and sorting by {@code key}. */
    <V> TableColumn<R, V> column(String title, Function<R, V> cell, Comparator<R> key, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new javafx.beans.property.SimpleObjectProperty<>(cell.apply(data.getValue())));
        column.setPrefWidth(width);
        orders.put(column, key);
        table.getColumns().add(column);
        return column;
    }

    /** Sorts text case-insensitively, with missing text last. */
    static <R> Comparator<R> byText(Function<R, String> key) {
        return Comparator.comparing(key, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER));
    }

    static <R, K extends Comparable<? super K>> Comparator<R> byKey(Function<R, K> key) {
        return Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
