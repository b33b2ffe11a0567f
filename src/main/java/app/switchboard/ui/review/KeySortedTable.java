package app.switchboard.ui.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Columns whose sorting compares keys extracted from the row, not cell values: the table's sort
 * policy takes each row's keys once per sort (not twice per comparison), sorts on them, and then
 * replaces the backing list's content in that order, putting the selection back on its rows. A
 * sort through FXCollections.sort would sort a second time to build its permutation.
 */
final class KeySortedTable<R> {
    private final TableView<R> table;
    private final Map<TableColumn<R, ?>, SortKey<R>> keys = new IdentityHashMap<>();

    KeySortedTable(TableView<R> table) {
        this.table = table;
        table.setSortPolicy(t -> {
            List<SortKey<R>> by = new ArrayList<>();
            List<Boolean> descending = new ArrayList<>();
            for (TableColumn<R, ?> column : t.getSortOrder()) {
                SortKey<R> key = keys.get(column);
                if (key != null) {
                    by.add(key);
                    descending.add(column.getSortType() == TableColumn.SortType.DESCENDING);
                }
            }
            if (!by.isEmpty()) {
                sort(t, by, descending);
            }
            return true;
        });
    }

    private static <R> void sort(TableView<R> table, List<SortKey<R>> by, List<Boolean> descending) {
        ObservableList<R> items = table.getItems();
        int n = items.size();
        @SuppressWarnings("unchecked")
        Keyed<R>[] keyed = new Keyed[n];
        for (int i = 0; i < n; i++) {
            R row = items.get(i);
            Comparable<?>[] rowKeys = new Comparable<?>[by.size()];
            for (int k = 0; k < rowKeys.length; k++) {
                rowKeys[k] = by.get(k).of(row);
            }
            keyed[i] = new Keyed<>(row, rowKeys);
        }
        Comparator<Keyed<R>> order = null;
        for (int k = 0; k < by.size(); k++) {
            int index = k;
            Comparator<Keyed<R>> byKey = (a, b) -> compareNullsLast(a.keys[index], b.keys[index]);
            byKey = descending.get(k) ? byKey.reversed() : byKey;
            order = order == null ? byKey : order.thenComparing(byKey);
        }
        Arrays.sort(keyed, order);
        List<R> sorted = new ArrayList<>(n);
        for (Keyed<R> k : keyed) {
            sorted.add(k.row);
        }
        // one replacement instead of a second sort through a permutation; the selection is put back by hand
        List<R> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        R focused = table.getFocusModel().getFocusedItem();
        items.setAll(sorted);
        reselect(table, selected, focused);
    }

    private static <R> void reselect(TableView<R> table, List<R> selected, R focused) {
        if (selected.isEmpty() && focused == null) {
            return;
        }
        Map<R, Boolean> wanted = new IdentityHashMap<>();
        selected.forEach(row -> wanted.put(row, Boolean.TRUE));
        List<R> items = table.getItems();
        for (int i = 0; i < items.size(); i++) {
            R row = items.get(i);
            if (wanted.containsKey(row)) {
                table.getSelectionModel().select(i);
            }
            if (row == focused) {
                table.getFocusModel().focus(i);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareNullsLast(Comparable a, Comparable b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    /** Adds a column showing {@code cell} of each row and sorting by {@code key}. */
    <V> TableColumn<R, V> column(String title, Function<R, V> cell, SortKey<R> key, double width) {
        TableColumn<R, V> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new javafx.beans.property.SimpleObjectProperty<>(cell.apply(data.getValue())));
        column.setPrefWidth(width);
        keys.put(column, key);
        table.getColumns().add(column);
        return column;
    }

    /** Sorts text case-insensitively, with missing text last. */
    static <R> SortKey<R> byText(Function<R, String> text) {
        return row -> {
            String value = text.apply(row);
            return value == null ? null : value.toLowerCase(Locale.ROOT);
        };
    }

    static <R, K extends Comparable<? super K>> SortKey<R> byKey(Function<R, K> key) {
        return key::apply;
    }

    /** What a column sorts by: a key taken from each row once per sort; missing keys sort last. */
    @FunctionalInterface
    interface SortKey<R> {
        Comparable<?> of(R row);

        /** This key, and {@code next} among rows whose keys are equal. */
        default SortKey<R> then(SortKey<R> next) {
            return row -> new Pair(of(row), next.of(row));
        }
    }

    private record Pair(Comparable<?> first, Comparable<?> second) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byFirst = compareNullsLast(first, other.first);
            return byFirst != 0 ? byFirst : compareNullsLast(second, other.second);
        }
    }

    private record Keyed<R>(R row, Comparable<?>[] keys) {
    }
}
