package app.switchboard.ui.common;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;

/**
 * Keeps each column of a table at least as wide as its header's words, so that a constrained
 * resize policy never squeezes a header to "..." (German headers are longer than the English ones
 * the preferred widths were chosen for). Measured once, when the table is first laid out and its
 * headers carry their styles.
 */
public final class HeaderWidths {
    /** Room for the sort arrow a sortable header shows beside its words. */
    private static final double SORT_ARROW = 14;

    private HeaderWidths() {
    }

    /** For a {@code TableView} or {@code TreeTableView}. */
    public static void keepWhole(Control table) {
        ChangeListener<Number> once = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number old, Number width) {
                if (width.doubleValue() > 0) {
                    table.widthProperty().removeListener(this);
                    widenToHeaders(table);
                }
            }
        };
        table.widthProperty().addListener(once);
    }

    private static void widenToHeaders(Control table) {
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.lookup(".label") instanceof Label label) {
                TableColumnBase<?, ?> column = header.getTableColumn();
                if (column == null || !column.getColumns().isEmpty()) {
                    continue; // a nested header's width is the sum of its children's
                }
                double words = label.prefWidth(-1) + header.snappedLeftInset() + header.snappedRightInset()
                        + (column.isSortable() ? SORT_ARROW : 0);
                column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(words)));
            }
        }
    }
}
