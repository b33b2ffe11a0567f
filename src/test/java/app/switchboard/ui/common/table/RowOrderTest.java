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

    @Test
    void rankedColumnSortsByTheRanksRowsCarryAsItsTextWouldAndByTextWhenARankIsMissing() {
        Random random = new Random(11);
        String[] names = {"Acme GmbH", "acme gmbh", "Zeta AG", "Müller KG", "", "Beta", null};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(new Row(i, names[random.nextInt(names.length)]));
        }
        // ranks as a scan gives them: by lower-cased text, missing text last
        List<String> distinct = rows.stream().map(Row::name).filter(java.util.Objects::nonNull)
                .map(name -> name.toLowerCase(java.util.Locale.ROOT)).distinct().sorted().toList();
        java.util.function.ToIntFunction<Row> rank = row -> row.name() == null ? distinct.size()
                : distinct.indexOf(row.name().toLowerCase(java.util.Locale.ROOT));
        int[] used = new int[1];
        SortKey<Row> ranked = SortKey.byRank(Row::name, row -> {
            used[0]++;
            return rank.applyAsInt(row);
        });
        SortKey<Row> partlyRanked = SortKey.byRank(Row::name, row -> row.id() == 1_000 ? -1 : rank.applyAsInt(row));
        for (boolean ascending : new boolean[] {true, false}) {
            List<Row> expected = RowOrder.by(BY_NAME, ascending).sorted(rows);

            assertThat(RowOrder.by(ranked, ascending).sorted(rows)).containsExactlyElementsOf(expected);
            assertThat(RowOrder.by(partlyRanked, ascending).sorted(rows)).containsExactlyElementsOf(expected);
        }
        assertThat(used[0]).isEqualTo(2 * rows.size());
    }

    private static List<Integer> ids(List<Row> rows) {
        return rows.stream().map(Row::id).toList();
    }
}
