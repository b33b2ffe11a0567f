package app.switchboard.ui.common.table;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What a table column sorts by: a key taken from each row once per sort (see {@link RowOrder}),
 * never the cell's text or graphic. Rows whose key is missing (null) sort last in ascending order.
 */
@FunctionalInterface
public interface SortKey<R> {
    Comparable<?> of(R row);

    /** This key, and {@code next} among rows whose keys are equal. */
    default SortKey<R> then(SortKey<R> next) {
        return row -> new Pair(of(row), next.of(row));
    }

    /** Sorts text case-insensitively, with missing text last. */
    static <R> SortKey<R> byText(Function<R, String> text) {
        return new Text<>(text);
    }

    /** Sorts by a value that is already comparable as it is (numbers, times, lower-cased text). */
    static <R, K extends Comparable<? super K>> SortKey<R> byKey(Function<R, K> key) {
        return key::apply;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compareNullsLast(Comparable a, Comparable b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    /**
     * A text key. {@link RowOrder} sorts a column of these by rank: the few distinct texts of a big
     * table (customers, features, values repeat) are lower-cased and sorted once, and the rows are
     * then placed by their text's rank, instead of lower-casing and comparing 100,000 texts.
     */
    record Text<R>(Function<R, String> text) implements SortKey<R> {
        @Override
        public Comparable<?> of(R row) {
            String value = text.apply(row);
            return value == null ? null : value.toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A text key whose rows carry their text's rank, made in advance (lower ranks first; -1 for a
     * row that has none). {@link RowOrder} then sorts by counting, without reading any text; rows
     * without a rank are sorted by {@code text} instead. The ranks must order as the texts do.
     */
    static <R> SortKey<R> byRank(Function<R, String> text, ToIntFunction<R> rank) {
        return new Ranked<>(new Text<>(text), rank);
    }

    /** See {@link #byRank}. */
    record Ranked<R>(Text<R> text, ToIntFunction<R> rank) implements SortKey<R> {
        @Override
        public Comparable<?> of(R row) {
            return text.of(row);
        }
    }

    /** Two keys compared one after the other. */
    record Pair(Comparable<?> first, Comparable<?> second) implements Comparable<Pair> {
        @Override
        public int compareTo(Pair other) {
            int byFirst = compareNullsLast(first, other.first);
            return byFirst != 0 ? byFirst : compareNullsLast(second, other.second);
        }
    }
}
