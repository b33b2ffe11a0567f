package app.switchboard.ui.common.table;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Keeps each column of a table at least as wide as its header's words, and where asked as its
 * widest typical value, so that a constrained resize policy never squeezes them to "..." (German
 * headers are longer, German dates shorter than the English ones). Measured once, when the table is
 * first laid out and its headers carry their styles.
 */
public final class HeaderWidths {
    /** Room for the sort arrow a sortable header shows beside its words. */
    private static final double SORT_ARROW = 14;
    /** A cell needs a little more than its text's own width before it stops cutting it (border, rounding). */
    private static final double CELL_SLACK = 14;
    private static final String VALUES = HeaderWidths.class.getName() + ".values";
    private static final String GRAPHIC = HeaderWidths.class.getName() + ".graphic";

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

    /**
     * Also keeps {@code column} as wide as the widest of {@code values} in the table's font, for values
     * whose length depends on the language (dates, "16 days ago"); call before {@link #keepWhole}.
     */
    public static void fitValues(TableColumnBase<?, ?> column, List<String> values) {
        fitValues(column, values, 0);
    }

    /** As {@link #fitValues(TableColumnBase, List)}, for values shown after a graphic {@code graphicWidth} wide. */
    public static void fitValues(TableColumnBase<?, ?> column, List<String> values, double graphicWidth) {
        column.getProperties().put(VALUES, List.copyOf(values));
        column.getProperties().put(GRAPHIC, graphicWidth);
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
                double values = widest(column, label.getFont()) + header.snappedLeftInset() + header.snappedRightInset();
                column.setMinWidth(Math.max(column.getMinWidth(), Math.ceil(Math.max(words, values))));
            }
        }
    }

    /** The widest of the column's typical values in the header's font family and size, not bold. */
    private static double widest(TableColumnBase<?, ?> column, Font headerFont) {
        if (!(column.getProperties().get(VALUES) instanceof List<?> values)) {
            return 0;
        }
        Text text = new Text();
        text.setFont(Font.font(headerFont.getFamily(), headerFont.getSize()));
        double widest = 0;
        for (Object value : values) {
            text.setText(value.toString());
            widest = Math.max(widest, text.getLayoutBounds().getWidth());
        }
        double graphic = column.getProperties().get(GRAPHIC) instanceof Double width ? width : 0;
        return widest + graphic + CELL_SLACK;
    }
}
