package app.switchboard.ui.common.fx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a table's cells show of their values: a cell too narrow for its text renders it cut to
 * "…", while its own text property stays whole, so tests compare the two.
 */
public final class CellTexts {
    private CellTexts() {
    }

    /** A value the cell shows cut: its text and what is rendered of it. */
    public record Cut(String text, String shown) {
    }

    /** The rendered text of a labeled node (what is on screen), or null when none is rendered. */
    public static String shown(Labeled labeled) {
        for (Node node : labeled.lookupAll(".text")) {
            // the skin's text node is a child of the control itself; deeper ones belong to its graphic
            if (node instanceof Text text && text.getParent() == labeled) {
                return text.getText();
            }
        }
        return null;
    }

    /**
     * Scrolls through every row of {@code table} and collects the cells of column {@code columnId}
     * whose rendered text is not their whole text.
     */
    public static List<Cut> cutIn(FxRobot robot, TableView<?> table, String columnId) {
        List<Cut> cut = new ArrayList<>();
        int rows = table.getItems().size();
        for (int first = 0; first < rows; first += 10) {
            int index = first;
            robot.interact(() -> table.scrollTo(index));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (Node node : table.lookupAll(".table-cell")) {
                    if (node instanceof TableCell<?, ?> cell && cell.isVisible() && !cell.isEmpty()
                            && cell.getTableColumn() != null && columnId.equals(cell.getTableColumn().getId())
                            && cell.getText() != null) {
                        String shown = shown(cell);
                        if (!cell.getText().equals(shown)) {
                            cut.add(new Cut(cell.getText(), shown));
                        }
                    }
                }
            });
        }
        return cut.stream().distinct().toList();
    }
}
