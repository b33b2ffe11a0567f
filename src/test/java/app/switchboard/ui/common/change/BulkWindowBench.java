package app.switchboard.ui.common.change;

import app.switchboard.ui.common.fx.Messages;
import javafx.stage.Stage;

/**
 * Opens the console's own bulk window over a flow for the performance harness, which lives in
 * another package: the pulse-gap figure then measures the window an operator watches.
 */
public final class BulkWindowBench {
    private BulkWindowBench() {
    }

    /** Shows the bulk window of {@code flow}; call on the JavaFX thread. */
    public static Stage show(BulkFlowModel flow, Messages messages) {
        BulkChangeWindow window = new BulkChangeWindow(flow, messages, "Demo");
        window.stage().show();
        return window.stage();
    }
}
