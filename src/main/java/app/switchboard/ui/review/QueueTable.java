package app.switchboard.ui.review;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewRow.Column;
import app.switchboard.ui.common.table.HeaderWidths;
import app.switchboard.ui.common.table.KeySortedTable;
import app.switchboard.ui.common.table.SortKey;
import app.switchboard.ui.common.table.StatusBadge;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The columns of a review queue: customer, subscription, item, feature, value, validity, status. */
final class QueueTable {
    private QueueTable() {
    }

    static void configure(TableView<ReviewRow> table, ReviewTexts texts) {
        KeySortedTable<ReviewRow> columns = new KeySortedTable<>(table);
        columns.column(texts.get("review.column.customer"), r -> r.texts().customer(), byRank(Column.CUSTOMER), 210)
                .setMinWidth(150);
        columns.column(texts.get("review.column.subscription"), QueueTable::subscription, byRank(Column.SUBSCRIPTION), 100)
                .setMinWidth(96);
        columns.column(texts.get("review.column.item"), ReviewRow::itemName, byRank(Column.ITEM), 125).setMinWidth(118);
        columns.column(texts.get("review.column.feature"), ReviewRow::featureName, byRank(Column.FEATURE), 140)
                .setMinWidth(110);
        columns.column(texts.get("review.column.value"), ReviewRow::displayValue, byRank(Column.VALUE), 105)
                .setMinWidth(96);
        // "Feb 17, 2025 – Nov 22, 2026" and the widest badge stay whole; the customer gives way first
        columns.column(texts.get("review.column.validity"), texts::validity,
                SortKey.<ReviewRow, java.time.Instant>byKey(ReviewRow::validUntil)
                        .then(SortKey.byKey(ReviewRow::validFrom)), 215).setMinWidth(210);
        TableColumn<ReviewRow, EntitlementStatus> status = columns.column(texts.get("review.column.status"),
                ReviewRow::status, SortKey.byKey(r -> r.status().value()), 100);
        status.setMinWidth(100);
        status.setCellFactory(column -> new StatusCell(texts));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        HeaderWidths.keepWhole(table);
    }

    /** Sorts by the column's words, through the ranks the scan gave them. */
    private static SortKey<ReviewRow> byRank(Column column) {
        return SortKey.byRank(row -> row.texts().get(column), row -> row.texts().rank(column));
    }

    static String subscription(ReviewRow row) {
        return row.texts().subscription();
    }

    /**
     * The status as a badge: icon and words, never colour alone. Each cell keeps its one badge and
     * changes its words, so that scrolling or sorting makes no new nodes to style.
     */
    private static final class StatusCell extends TableCell<ReviewRow, EntitlementStatus> {
        private final ReviewTexts texts;
        private final StatusBadge badge = new StatusBadge();

        StatusCell(ReviewTexts texts) {
            this.texts = texts;
        }

        @Override
        protected void updateItem(EntitlementStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(null);
            if (empty || status == null) {
                setGraphic(null);
            } else {
                badge.showEntitlement(status, texts.messages());
                setGraphic(badge);
            }
        }
    }
}
