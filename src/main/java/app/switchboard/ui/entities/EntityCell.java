package app.switchboard.ui.entities;

import app.switchboard.ui.common.table.StatusBadge;
import java.util.function.BiConsumer;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * A cell that reuses one tooltip while the table scrolls through many rows. The tooltip is made
 * when the pointer first enters the cell: a tooltip is a popup window of its own, and making
 * one for every cell of the first page was a noticeable part of the window's first frame.
 */
final class EntityCell extends TableCell<EntityRow, EntityRow> {
    private final BiConsumer<EntityCell, EntityRow> fill;
    private Tooltip tooltip;
    private String tip;
    private StatusBadge badge;

    EntityCell(BiConsumer<EntityCell, EntityRow> fill) {
        this.fill = fill;
        // entering comes before the move that starts the tooltip's timer, so the tooltip shows as before
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> showTip());
    }

    /** The cell's one badge, reused for every row it shows: a new badge per row would be styled anew. */
    StatusBadge badge() {
        if (badge == null) {
            badge = new StatusBadge();
        }
        return badge;
    }

    void tip(String text) {
        tip = text == null || text.isEmpty() ? null : text;
        // what a screen reader took from the tooltip before it existed
        setAccessibleHelp(tip);
        if (tooltip != null || isHover()) {
            showTip();
        }
    }

    private void showTip() {
        if (tip == null) {
            setTooltip(null);
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        tooltip.setText(tip);
        setTooltip(tooltip);
    }

    @Override
    protected void updateItem(EntityRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        setGraphic(null);
        tip(null);
        if (!empty && row != null) {
            fill.accept(this, row);
        }
    }
}
