package app.switchboard.ui.common.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An order of table rows by one or more {@link SortKey}s, each ascending or descending. Sorting many
 * rows takes each row's keys once and sorts on them ({@link #sortedPositions}), instead of computing
 * keys twice per comparison; {@link #comparator()} is for placing a few rows among sorted ones.
 * Sorting is stable, so an order without keys keeps the rows as they are.
 */
public final class RowOrder<R> {
    private static final RowOrder<?> NONE = new RowOrder<>(List.of(), List.of());

    private final List<SortKey<R>> keys;
    private final List<Boolean> descending;

    private RowOrder(List<SortKey<R>> keys, List<Boolean> descending) {
        this.keys = keys;
        this.descending = descending;
    }

    /** No order: rows stay as they came. */
    @SuppressWarnings("unchecked")
    public static <R> RowOrder<R> none() {
        return (RowOrder<R>) NONE;
    }

    public static <R> RowOrder<R> by(SortKey<R> key, boolean ascending) {
        return RowOrder.<R>none().then(key, ascending);
    }

    /** This order, and {@code key} among rows that are equal in it. */
    public RowOrder<R> then(SortKey<R> key, boolean ascending) {
        List<SortKey<R>> moreKeys = new ArrayList<>(keys);
        moreKeys.add(key);
        List<Boolean> moreDirections = new ArrayList<>(descending);
        moreDirections.add(!ascending);
        return new RowOrder<>(List.copyOf(moreKeys), List.copyOf(moreDirections));
    }

    public boolean isNone() {
        return keys.isEmpty();
    }

    /**
     * The rows' positions in this order: element {@code k} is the index in {@code rows} of the row
     * that comes k-th. Equal rows keep their relative order.
     */
    public int[] sortedPositions(List<R> rows) {
        int n = rows.size();
        int[] positions = new int[n];
        if (isNone()) {
            Arrays.setAll(positions, i -> i);
            return positions;
        }
        int width = keys.size();
        if (width == 1) {
            SortKey<R> key = keys.get(0);
            if (key instanceof SortKey.Ranked<R> ranked) {
                int[] byRank = byGivenRank(rows, ranked, descending.get(0));
                if (byRank != null) {
                    return byRank;
                }
                key = ranked.text();
            }
            return key instanceof SortKey.Text<R> text
                    ? byTextRank(rows, text, descending.get(0))
                    : byOneKey(rows, key, descending.get(0));
        }
        Keyed[] keyed = new Keyed[n];
        for (int i = 0; i < n; i++) {
            R row = rows.get(i);
            Comparable<?>[] rowKeys = new Comparable<?>[width];
            for (int k = 0; k < width; k++) {
                rowKeys[k] = keys.get(k).of(row);
            }
            keyed[i] = new Keyed(i, rowKeys);
        }
        Arrays.sort(keyed, keyedOrder());
        for (int k = 0; k < n; k++) {
            positions[k] = keyed[k].index;
        }
        return positions;
    }

    /**
     * The common case, one column. When every key is text, or every key a number, the comparison
     * calls that type's {@code compareTo} directly instead of through {@link Comparable} on mixed
     * types, which is most of a sort's time at 100,000 rows.
     */
    private int[] byOneKey(List<R> rows, SortKey<R> key, boolean reversed) {
        int n = rows.size();
        OneKey[] keyed = new OneKey[n];
        boolean allText = true;
        boolean allNumbers = true;
        for (int i = 0; i < n; i++) {
            Comparable<?> value = key.of(rows.get(i));
            keyed[i] = new OneKey(i, value);
            if (value != null) {
                allText &= value instanceof String;
                allNumbers &= value instanceof Long;
            }
        }
        Comparator<OneKey> order;
        if (allText) {
            order = (a, b) -> compareText((String) a.key, (String) b.key);
        } else if (allNumbers) {
            order = (a, b) -> compareNumbers((Long) a.key, (Long) b.key);
        } else {
            order = (a, b) -> SortKey.compareNullsLast(a.key, b.key);
        }
        Arrays.sort(keyed, reversed ? order.reversed() : order);
        int[] positions = new int[n];
        for (int k = 0; k < n; k++) {
            positions[k] = keyed[k].index;
        }
        return positions;
    }

    /** Rows placed by the ranks they carry; null when a row has none. */
    private int[] byGivenRank(List<R> rows, SortKey.Ranked<R> key, boolean reversed) {
        int n = rows.size();
        int[] rowRank = new int[n];
        int top = 0;
        for (int i = 0; i < n; i++) {
            int rank = key.rank().applyAsInt(rows.get(i));
            if (rank < 0) {
                return null;
            }
            rowRank[i] = rank;
            top = Math.max(top, rank);
        }
        if (reversed) {
            for (int i = 0; i < n; i++) {
                rowRank[i] = top - rowRank[i];
            }
        }
        return byCounting(rowRank, top + 1);
    }

    /** Positions of the rows by their rank in {@code [0, ranks)}, equal ranks in row order. */
    private static int[] byCounting(int[] rowRank, int ranks) {
        int[] start = new int[ranks + 1];
        for (int r : rowRank) {
            start[r + 1]++;
        }
        for (int r = 0; r < ranks; r++) {
            start[r + 1] += start[r];
        }
        int[] positions = new int[rowRank.length];
        for (int i = 0; i < rowRank.length; i++) {
            positions[start[rowRank[i]]++] = i;
        }
        return positions;
    }

    /**
     * One text column: each distinct text gets its rank among the distinct texts (lower-cased and
     * sorted once; missing text last), then the rows are placed by rank with a counting sort, which
     * keeps equal rows in their order. A big table repeats few texts, so this does far less work
     * than comparing every row's text; with all texts distinct it is one sort of them, as before.
     */
    private int[] byTextRank(List<R> rows, SortKey.Text<R> key, boolean reversed) {
        int n = rows.size();
        Map<String, Integer> distinct = new HashMap<>();
        int[] textOf = new int[n];
        List<String> texts = new ArrayList<>();
        boolean anyMissing = false;
        for (int i = 0; i < n; i++) {
            String text = key.text().apply(rows.get(i));
            if (text == null) {
                textOf[i] = -1;
                anyMissing = true;
                continue;
            }
            Integer known = distinct.putIfAbsent(text, texts.size());
            if (known == null) {
                textOf[i] = texts.size();
                texts.add(text);
            } else {
                textOf[i] = known;
            }
        }
        // rank of each distinct text; texts equal but for case share a rank
        Integer[] byLower = new Integer[texts.size()];
        String[] lower = new String[texts.size()];
        for (int t = 0; t < lower.length; t++) {
            byLower[t] = t;
            lower[t] = texts.get(t).toLowerCase(Locale.ROOT);
        }
        Arrays.sort(byLower, (a, b) -> lower[a].compareTo(lower[b]));
        int[] rankOf = new int[texts.size()];
        int rank = -1;
        for (int k = 0; k < byLower.length; k++) {
            if (k == 0 || !lower[byLower[k]].equals(lower[byLower[k - 1]])) {
                rank++;
            }
            rankOf[byLower[k]] = rank;
        }
        int ranks = rank + 1 + (anyMissing ? 1 : 0);
        int[] rowRank = new int[n];
        for (int i = 0; i < n; i++) {
            // missing text sorts last ascending and first descending, like compareNullsLast reversed
            int r = textOf[i] < 0 ? rank + 1 : rankOf[textOf[i]];
            rowRank[i] = reversed ? ranks - 1 - r : r;
        }
        return byCounting(rowRank, ranks);
    }

    private static int compareText(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    private static int compareNumbers(Long a, Long b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return Long.compare(a, b);
    }

    /** Compares rows by taking their keys on every comparison: for a few rows, not for a whole table. */
    public Comparator<R> comparator() {
        if (isNone()) {
            return (a, b) -> 0;
        }
        return (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int result = SortKey.compareNullsLast(keys.get(k).of(a), keys.get(k).of(b));
                if (result != 0) {
                    return descending.get(k) ? -result : result;
                }
            }
            return 0;
        };
    }

    /** {@code rows} in this order, as a new list. */
    public List<R> sorted(List<R> rows) {
        int[] positions = sortedPositions(rows);
        List<R> result = new ArrayList<>(positions.length);
        for (int position : positions) {
            result.add(rows.get(position));
        }
        return Collections.unmodifiableList(result);
    }

    private Comparator<Keyed> keyedOrder() {
        boolean[] reversed = new boolean[descending.size()];
        for (int k = 0; k < reversed.length; k++) {
            reversed[k] = descending.get(k);
        }
        if (reversed.length == 1) {
            // the common case, one column: no loop per comparison
            return reversed[0] ? (a, b) -> SortKey.compareNullsLast(b.keys[0], a.keys[0])
                    : (a, b) -> SortKey.compareNullsLast(a.keys[0], b.keys[0]);
        }
        return (a, b) -> {
            for (int k = 0; k < reversed.length; k++) {
                int result = SortKey.compareNullsLast(a.keys[k], b.keys[k]);
                if (result != 0) {
                    return reversed[k] ? -result : result;
                }
            }
            return 0;
        };
    }

    private record Keyed(int index, Comparable<?>[] keys) {
    }

    private record OneKey(int index, Comparable<?> key) {
    }
}
