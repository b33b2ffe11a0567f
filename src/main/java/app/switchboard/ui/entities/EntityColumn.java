package app.switchboard.ui.entities;

import app.switchboard.ui.common.table.RowOrder;
import app.switchboard.ui.common.table.SortKey;

/**
 * The table's columns and the key each one sorts on. Sorting compares keys extracted once per row
 * ({@link EntityRow.SortKeys}, made when the row is), never cell values, so a click on a header
 * stays fast at 100,000 rows. Rows without a value sort last in ascending order.
 */
public enum EntityColumn {
    NAME(SortKey.byKey(row -> row.sortKeys().name())),
    TYPE(SortKey.byKey(row -> row.sortKeys().type())),
    BRAND(SortKey.byKey(row -> row.sortKeys().brand())),
    IDENTIFIER(SortKey.byKey(row -> row.sortKeys().identifier())),
    ONLINE(SortKey.byKey(row -> row.online() == null ? 2 : row.online() ? 0 : 1)),
    /** {@code -lastSeen - 1} turns "most recent first, never seen last" into a plain ascending number. */
    LAST_SEEN(SortKey.byKey(row -> -row.sortKeys().lastSeen() - 1)),
    CREATED(SortKey.byKey(row -> row.sortKeys().created())),
    ID(SortKey.byKey(EntityRow::id));

    private final SortKey<EntityRow> key;

    EntityColumn(SortKey<EntityRow> key) {
        this.key = key;
    }

    public SortKey<EntityRow> key() {
        return key;
    }

    /** Ascending means: A to Z, online first, most recently seen first, oldest created first. */
    public RowOrder<EntityRow> order(boolean ascending) {
        return RowOrder.by(key, ascending);
    }
}
