package app.switchboard.ui.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

/** What a table hears when a big table's rows change: one change per operation, naming what went. */
class RowListTest {

    @Test
    void aNewSetOfRowsIsOneReplacementNamingTheRowsItRemoved() {
        RowList<String> rows = new RowList<>(List.of("a", "b", "c"));
        List<String> heard = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                heard.add(change.wasReplaced() + " " + change.wasAdded() + " " + change.wasRemoved() + " "
                        + change.getFrom() + "-" + change.getTo() + " " + change.getRemoved() + " " + change.getAddedSubList());
            }
            change.reset();
            heard.add(change.next() ? "again" : "none");
        });

        rows.setAll(List.of("x", "y"));
        rows.setAll(List.of());
        rows.setAll(List.of("z"));
        rows.setAll(List.of("z"));

        assertThat(heard).containsExactly(
                "true true true 0-2 [a, b, c] [x, y]", "again",
                "false false true 0-0 [x, y] []", "again",
                "false true false 0-1 [] [z]", "again",
                "true true true 0-1 [z] [z]", "again");
        assertThat(rows).containsExactly("z");
    }
}
