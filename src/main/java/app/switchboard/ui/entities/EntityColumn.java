package app.switchboard.ui.entities;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The table's columns and the key each one sorts on. Sorting compares these extracted keys on the
 * backing list, never cell values, so a click on a header stays fast at 100,000 rows. Rows
 * without a value sort last in ascending order.
 */
public enum EntityColumn {
    NAME(Comparator.comparing(EntityRow::name, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))),
    TYPE(keyed(row -> row.type() == null ? null : row.type().value(), String.CASE_INSENSITIVE_ORDER)),
    BRAND(keyed(EntityRow::brand, String.CASE_INSENSITIVE_ORDER)),
    IDENTIFIER(keyed(EntityRow::identifier, String.CASE_INSENSITIVE_ORDER)),
    ONLINE(keyed(EntityRow::online, Comparator.reverseOrder())),
    LAST_SEEN(keyed(EntityRow::lastSeen, Comparator.reverseOrder())),
    CREATED(keyed(EntityRow::created, Comparator.naturalOrder())),
    ID(keyed(EntityRow::id, Comparator.naturalOrder()));

    private final Comparator<EntityRow> ascending;

    EntityColumn(Comparator<EntityRow> ascending) {
        this.ascending = ascending;
    }

    /** Ascending means: A to Z, online first, most recently seen first, oldest created first. */
    public Comparator<EntityRow> comparator(boolean ascendingOrder) {
        return ascendingOrder ? ascending : ascending.reversed();
    }

    private static <K> Comparator<EntityRow> keyed(Function<EntityRow, K> key, Comparator<? super K> order) {
        return Comparator.comparing(key, Comparator.nullsLast(order));
    }
}
