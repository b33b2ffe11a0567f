package app.switchboard.ui.entities;

import java.util.Comparator;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The table's columns and the key each one sorts on. Sorting compares keys extracted once per row
 * ({@link EntityRow.SortKeys}), never cell values, so a click on a header stays fast at 100,000
 * rows. Rows without a value sort last in ascending order.
 */
public enum EntityColumn {
    NAME(text(EntityRow.SortKeys::name)),
    TYPE(text(EntityRow.SortKeys::type)),
    BRAND(text(EntityRow.SortKeys::brand)),
    IDENTIFIER(text(EntityRow.SortKeys::identifier)),
    ONLINE(Comparator.comparingInt(row -> row.online() == null ? 2 : row.online() ? 0 : 1)),
    LAST_SEEN(number(keys -> -keys.lastSeen() - 1)),
    CREATED(number(EntityRow.SortKeys::created)),
    ID(Comparator.comparing(EntityRow::id));

    private final Comparator<EntityRow> ascending;

    EntityColumn(Comparator<EntityRow> ascending) {
        this.ascending = ascending;
    }

    /** Ascending means: A to Z, online first, most recently seen first, oldest created first. */
    public Comparator<EntityRow> comparator(boolean ascendingOrder) {
        return ascendingOrder ? ascending : ascending.reversed();
    }

    private static Comparator<EntityRow> text(Function<EntityRow.SortKeys, String> key) {
        return Comparator.comparing(row -> key.apply(row.sortKeys()), Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** {@code -lastSeen - 1} turns "most recent first, never seen last" into a plain ascending number. */
    private static Comparator<EntityRow> number(ToLongFunction<EntityRow.SortKeys> key) {
        return Comparator.comparingLong(row -> key.applyAsLong(row.sortKeys()));
    }
}
