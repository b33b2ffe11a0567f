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

    @Test
    void rowsShownAsTheyAreAreOneReplacementAndLaterChangesNeverReachTheListTakenOver() {
        RowList<String> rows = new RowList<>(List.of("a", "b"));
        List<String> heard = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) change -> {
            while (change.next()) {
                heard.add(change.getFrom() + "-" + change.getTo() + " " + change.getRemoved() + " " + change.getAddedSubList());
            }
        });
        List<String> view = java.util.Collections.unmodifiableList(new ArrayList<>(List.of("x", "y", "z")));

        rows.show(view);
        rows.insert(1, List.of("new"));
        rows.remove(0);

        assertThat(heard).containsExactly("0-3 [a, b] [x, y, z]", "1-2 [] [new]", "0-0 [x] []");
        assertThat(rows).containsExactly("new", "y", "z");
        assertThat(view).as("the list taken over is never changed").containsExactly("x", "y", "z");
    }

    @Test
    void rowsShownWhileAnOrderIsKeptComeInThatOrder() {
        RowList<String> rows = new RowList<>();
        rows.keepIn(RowOrder.by(SortKey.<String, String>byKey(text -> text), false));

        rows.show(List.of("a", "c", "b"));

        assertThat(rows).containsExactly("c", "b", "a");
    }
}
