package app.switchboard.ui.common.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A text column sorts rows the way a stable sort on their lower-cased texts does. */
class RowOrderTest {
    private record Row(int id, String name) {
    }

    private static final SortKey<Row> BY_NAME = SortKey.byText(Row::name);

    @Test
    void textColumnOrdersCaseInsensitivelyKeepingEqualRowsInTheirOrderAndMissingTextLast() {
        List<Row> rows = List.of(new Row(0, "beta"), new Row(1, null), new Row(2, "Alpha"), new Row(3, "alpha"),
                new Row(4, "Beta"), new Row(5, "gamma"), new Row(6, null));

        assertThat(ids(RowOrder.by(BY_NAME, true).sorted(rows))).containsExactly(2, 3, 0, 4, 5, 1, 6);
        assertThat(ids(RowOrder.by(BY_NAME, false).sorted(rows))).containsExactly(1, 6, 5, 0, 4, 2, 3);
    }

    @Test
    void textColumnAgreesWithAStableComparatorSortOnManyRepeatedTexts() {
        Random random = new Random(7);
        String[] names = {"Acme GmbH", "acme gmbh", "Zeta AG", "Müller KG", "ä-Werke", "", "Beta", "beta", null};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            String name = names[random.nextInt(names.length)];
            rows.add(new Row(i, name == null || random.nextInt(4) > 0 ? name : name + random.nextInt(50)));
        }
        for (boolean ascending : new boolean[] {true, false}) {
            RowOrder<Row> order = RowOrder.by(BY_NAME, ascending);
            List<Row> expected = new ArrayList<>(rows);
            expected.sort(order.comparator());

            assertThat(order.sorted(rows)).containsExactlyElementsOf(expected);
        }
    }

    private static List<Integer> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }
}
