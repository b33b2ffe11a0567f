package app.switchboard.ui.common.table;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Brings a row of a table or list into view whole, for an item opened from elsewhere (Ctrl+K, a
 * link). A row not yet laid out is scrolled to by the flow's estimate of the rows' heights, which
 * can leave it partly below the fold, and a view shown for the first time has not yet told its
 * rows how many there are: so the row is scrolled to after the coming layout pass, then checked
 * after each following one and scrolled to again, now exactly, until it is shown whole (a few
 * passes at most). Used on the JavaFX thread.
 */
public final class ScrollIntoView {
    /** Layout passes a row is scrolled to at most. */
    static final int PASSES = 5;

    private ScrollIntoView() {
    }

    /** Scrolls {@code control} (a table, tree table or list) until its row {@code index} is shown whole. */
    public static void row(Control control, int index) {
        Scene scene = control.getScene();
        if (scene == null) {
            scrollTo(control, index);
            return;
        }
        int[] passes = new int[1];
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            boolean settled = passes[0]++ >= PASSES || control.getScene() != scene || index >= rows(control)
                    || shownWhole(control, index);
            if (settled) {
                // not while the scene goes through its listeners
                Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
                return;
            }
            scrollTo(control, index);
            Platform.requestNextPulse();
        };
        scene.addPostLayoutPulseListener(check[0]);
        Platform.requestNextPulse();
    }

    /** Whether row {@code index} is laid out and inside the area the rows are shown in. */
    static boolean shownWhole(Control control, int index) {
        if (!(control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return false;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        Node area = flow.lookup(".clipped-container");
        if (cell == null || area == null || !cell.isVisible()) {
            return false;
        }
        Bounds shown = area.localToScene(area.getLayoutBounds());
        Bounds row = cell.localToScene(cell.getLayoutBounds());
        return row.getMinY() >= shown.getMinY() - 0.5 && row.getMaxY() <= shown.getMaxY() + 0.5;
    }

    private static void scrollTo(Control control, int index) {
        if (control.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            // the least scrolling that shows the row whole (a table's own scrollTo puts it at the top)
            flow.scrollTo(index);
        } else if (control instanceof TableView<?> table) {
            table.scrollTo(index);
        } else if (control instanceof TreeTableView<?> tree) {
            tree.scrollTo(index);
        } else if (control instanceof ListView<?> list) {
            list.scrollTo(index);
        }
    }

    private static int rows(Control control) {
        if (control instanceof TableView<?> table) {
            return table.getItems().size();
        }
        if (control instanceof TreeTableView<?> tree) {
            return tree.getExpandedItemCount();
        }
        if (control instanceof ListView<?> list) {
            return list.getItems().size();
        }
        return Integer.MAX_VALUE;
    }
}
