package app.switchboard.ui.common.fx;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;

/**
 * The words a user actually sees inside some nodes: the rendered text nodes of labels, buttons and
 * headers. A control too narrow for its words renders them cut to "...", so tests assert on these,
 * not on the control's own text property, which stays whole.
 */
public final class ShownTexts {
    private ShownTexts() {
    }

    /** The visible rendered texts inside every node {@code container} (a CSS selector) finds. */
    public static List<String> in(FxRobot robot, String container) {
        return robot.lookup(container).queryAll().stream()
                .flatMap(node -> node.lookupAll(".text").stream())
                .filter(Node::isVisible).filter(Text.class::isInstance)
                .map(node -> ((Text) node).getText()).toList();
    }
}
