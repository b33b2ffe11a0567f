package app.switchboard.ui.common.table;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.RandomAccess;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;

/**
 * The rows of a big table, changed in the few ways such a table needs, each as one change event a
 * table handles cheaply: a new order of the same rows is a permutation (the table's selection
 * follows its rows by index, without comparing rows by value), new rows are one insertion, a new
 * set of rows is one replacement. Used on the JavaFX thread.
 */
public final class RowList<R> extends ObservableListBase<R> implements RandomAccess {
    private List<R> rows = new ArrayList<>();
    /** Whether {@link #rows} is a list taken over by {@link #show}: copied before it is changed. */
    private boolean taken;
    private RowOrder<R> order = RowOrder.none();

    public RowList() {
    }

    public RowList(Collection<? extends R> rows) {
        this.rows = new ArrayList<>(rows);
    }

    @Override
    public R get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }

    /**
     * The order {@link #setAll} puts new rows in: the table's column sort, so that rows that
     * replace sorted ones (a new scan, another queue, a filter) come sorted like them.
     */
    public void keepIn(RowOrder<R> order) {
        this.order = order;
    }

    /** Replaces every row with {@code newRows}, in the kept order, as one replacement. */
    @Override
    public boolean setAll(Collection<? extends R> newRows) {
        return replace(order.isNone() ? new ArrayList<>(newRows) : new ArrayList<>(order.sorted(List.copyOf(newRows))), false);
    }

    /**
     * Replaces every row with {@code newRows} as one replacement like {@link #setAll}, taking the
     * list itself instead of a copy when no order is kept: it must not change any more and should
     * be read cheaply by index (a view of arrays). At 1,000,000 rows, copying a keystroke's new set of
     * rows into a fresh array one reference at a time took longer than finding them.
     */
    public boolean show(List<R> newRows) {
        return order.isNone() ? replace(newRows, true) : setAll(newRows);
    }

    private boolean replace(List<R> newRows, boolean takenOver) {
        List<R> old = rows;
        rows = newRows;
        taken = takenOver;
        if (old.isEmpty() && rows.isEmpty()) {
            return false;
        }
        // the old list itself is what was removed: it is not changed any more, so it is handed over
        // as it is (ListChangeBuilder would copy it row by row: most of a keystroke at 1,000,000 rows)
        fireChange(new Replacement<>(this, old, rows.size()));
        return true;
    }

    /** The rows as a list of this one's own, to change. */
    private List<R> own() {
        if (taken) {
            rows = new ArrayList<>(rows);
            taken = false;
        }
        return rows;
    }

    /** One change: every row removed ({@code removed}) and {@code added} rows in their place. */
    private static final class Replacement<R> extends ListChangeListener.Change<R> {
        private final List<R> removed;
        private final int added;
        private int cursor = -1;

        Replacement(ObservableList<R> list, List<R> removed, int added) {
            super(list);
            this.removed = Collections.unmodifiableList(removed);
            this.added = added;
        }

        @Override
        public boolean next() {
            cursor++;
            return cursor == 0;
        }

        @Override
        public void reset() {
            cursor = -1;
        }

        @Override
        public int getFrom() {
            onChange();
            return 0;
        }

        @Override
        public int getTo() {
            onChange();
            return added;
        }

        @Override
        public List<R> getRemoved() {
            onChange();
            return removed;
        }

        @Override
        protected int[] getPermutation() {
            onChange();
            return new int[0];
        }

        private void onChange() {
            if (cursor != 0) {
                throw new IllegalStateException("Invalid Change state: next() must be called before inspecting the Change.");
            }
        }
    }

    @SafeVarargs
    @Override
    public final boolean setAll(R... newRows) {
        return setAll(List.of(newRows));
    }

    @Override
    public void clear() {
        setAll(List.of());
    }

    @Override
    public boolean addAll(Collection<? extends R> more) {
        return insert(rows.size(), more);
    }

    @Override
    public boolean add(R row) {
        return insert(rows.size(), List.of(row));
    }

    /** Inserts {@code more} before the row at {@code index}, as one insertion. */
    public boolean insert(int index, Collection<? extends R> more) {
        if (more.isEmpty()) {
            return false;
        }
        own().addAll(index, more);
        beginChange();
        nextAdd(index, index + more.size());
        endChange();
        return true;
    }

    @Override
    public R remove(int index) {
        R removed = own().remove(index);
        beginChange();
        nextRemove(index, removed);
        endChange();
        return removed;
    }

    /**
     * Puts the same rows in a new order: {@code order[k]} is the current index of the row that is to
     * come k-th. Returns where each row went: element {@code i} is the new index of the row that was
     * at index {@code i}.
     */
    public int[] reorder(int[] order) {
        if (order.length != rows.size()) {
            throw new IllegalArgumentException("an order of " + order.length + " rows for " + rows.size());
        }
        ArrayList<R> reordered = new ArrayList<>(order.length);
        int[] movedTo = new int[order.length];
        java.util.Arrays.fill(movedTo, -1);
        for (int k = 0; k < order.length; k++) {
            if (movedTo[order[k]] != -1) {
                throw new IllegalArgumentException("row " + order[k] + " twice in the new order");
            }
            reordered.add(rows.get(order[k]));
            movedTo[order[k]] = k;
        }
        rows = reordered;
        taken = false;
        if (!rows.isEmpty()) {
            beginChange();
            nextPermutation(0, rows.size(), movedTo);
            endChange();
        }
        return movedTo;
    }
}
