package app.switchboard.ui.entities;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Gives the Name column the room its longest name needs before any other column grows: the name
 * is what an operator recognises an entity by, and a constrained table otherwise shares the width
 * out by the columns' preferred sizes and cuts names to "Depot charger…". The other columns keep
 * their minimums; when that leaves too little, the creation date and then the last-seen time make
 * way (both are in the detail panel), and only then is the name cut.
 */
final class NameColumnWidth {
    /** A cell needs a little more than its text's own width before it stops cutting it (padding, border). */
    private static final double CELL_SLACK = 16;
    /** The vertical scroll bar and the table's own border. */
    private static final double TABLE_SLACK = 20;

    private final TableView<EntityRow> table;
    private final TableColumn<EntityRow, ?> column;
    private final List<TableColumn<EntityRow, ?>> giveWay;
    private final Text measure = new Text();
    private String longest = "";
    private double widest;

    private NameColumnWidth(TableView<EntityRow> table, TableColumn<EntityRow, ?> column,
                            List<TableColumn<EntityRow, ?>> giveWay) {
        this.table = table;
        this.column = column;
        this.giveWay = giveWay;
    }

    /**
     * @param giveWay columns hidden, in this order, while the name would not fit beside them at
     *                their minimums (their values are in the detail panel too)
     */
    static void keep(TableView<EntityRow> table, TableColumn<EntityRow, ?> column, ObservableList<EntityRow> rows,
                     List<TableColumn<EntityRow, ?>> giveWay) {
        NameColumnWidth width = new NameColumnWidth(table, column, giveWay);
        // only the rows that arrive are measured: a list of 100,000 loads page by page
        rows.addListener((ListChangeListener<EntityRow>) change -> {
            boolean grew = false;
            while (change.next()) {
                if (change.getList().isEmpty()) {
                    width.longest = "";
                    width.widest = 0;
                }
                if (change.wasAdded()) {
                    for (EntityRow row : change.getAddedSubList()) {
                        grew |= width.consider(row.name());
                    }
                }
            }
            if (grew) {
                width.apply();
            }
        });
        rows.forEach(row -> width.consider(row.name()));
        table.widthProperty().addListener((obs, old, now) -> width.apply());
    }

    /** Longer by characters is only a candidate; the font decides ("WWW" is wider than "iiii"). */
    private boolean consider(String name) {
        if (name == null || name.length() + 4 < longest.length()) {
            return false;
        }
        measure.setFont(cellFont());
        measure.setText(name);
        double needed = Math.ceil(measure.getLayoutBounds().getWidth()) + CELL_SLACK;
        if (name.length() > longest.length()) {
            longest = name;
        }
        if (needed > widest) {
            widest = needed;
            return true;
        }
        return false;
    }

    private double room() {
        double others = 0;
        for (TableColumn<EntityRow, ?> other : table.getColumns()) {
            if (other != column && other.isVisible()) {
                others += other.getMinWidth();
            }
        }
        return table.getWidth() - others - TABLE_SLACK;
    }

    private Font cellFont() {
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof Labeled cell) {
                return cell.getFont();
            }
        }
        return Font.getDefault();
    }

    private void apply() {
        if (widest <= 0 || table.getWidth() <= 0) {
            return;
        }
        // columns that give way, the least needed first, come back as soon as there is room again
        for (TableColumn<EntityRow, ?> spare : giveWay) {
            spare.setVisible(true);
        }
        for (TableColumn<EntityRow, ?> spare : giveWay) {
            if (room() >= widest) {
                break;
            }
            spare.setVisible(false);
        }
        double room = room();
        if (room <= 0) {
            return;
        }
        double wanted = Math.min(widest, room);
        column.setMinWidth(Math.max(wanted, 90));
        column.setPrefWidth(Math.max(column.getPrefWidth(), wanted));
    }
}
