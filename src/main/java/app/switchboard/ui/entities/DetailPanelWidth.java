package app.switchboard.ui.entities;

import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;

/**
 * Gives the detail panel beside the entity table a fixed share of the window, within bounds, and
 * the table the rest, until the operator drags the divider. A plain divider position would be
 * fixed by the split's first layout, which happens before the window has its size, and so depend
 * on how wide the columns' headers are in the interface language.
 */
final class DetailPanelWidth {
    private static final double SHARE = 0.3;
    // below this the feature switches and the charge sessions table no longer fit: a horizontal
    // scroll bar appears and the switches sit outside the panel
    private static final double NARROWEST = 360;
    private static final double WIDEST = 480;

    private boolean dragged;

    private DetailPanelWidth() {
    }

    static void keep(SplitPane split) {
        DetailPanelWidth width = new DetailPanelWidth();
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            // the press may land on the divider's grabber, a child of the divider
            for (Node node = e.getTarget() instanceof Node target ? target : null; node != null && node != split;
                 node = node.getParent()) {
                if (node.getStyleClass().contains("split-pane-divider")) {
                    width.dragged = true;
                    return;
                }
            }
        });
        split.widthProperty().addListener((obs, old, now) -> {
            double total = now.doubleValue();
            if (!width.dragged && total > 0 && !split.getDividers().isEmpty()) {
                double detail = Math.max(NARROWEST, Math.min(WIDEST, total * SHARE));
                split.setDividerPositions(Math.max(0.5, 1 - detail / total));
            }
        });
    }
}
