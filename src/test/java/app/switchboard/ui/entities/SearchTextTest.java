package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The side-by-side search texts find exactly the rows whose own search key contains the text, with
 * every kind of character (ASCII, accented, beyond the basic plane), at row and word boundaries,
 * over all rows at once and over a few candidates.
 */
class SearchTextTest {
    private static final String[] PIECES = {"tesla", "Kia", "KIA ", "Wärme", "ß", "straße", "😀", "é", "a", "aa",
            "ab", "ba", "x", "0", "-", " ", "12", "Ⅻ", "z"};

    @Test
    void aRowMatchesExactlyWhenItsSearchKeyContainsTheText() {
        SplittableRandom random = new SplittableRandom(7);
        List<EntityRow> rows = randomRows(random, 3_000);
        SearchText text = searchTextOf(rows);
        int[] every = IntStream.range(0, rows.size()).toArray();
        int[] few = IntStream.range(0, rows.size()).filter(i -> i % 37 == 3).toArray();
        List<String> needles = new ArrayList<>(List.of("", "a", "aa", "aaa", "t", "te", "tesla", "kia ", "\nkia", "ä",
                "wärme", "ß", "😀", "é\n", "ⅻ", "-0", " ", "zzzzzzzzzzzzzzzzzzzzzzzzz"));
        for (int i = 0; i < 300; i++) {
            // pieces of real keys: starts and ends anywhere, across the fields' line breaks too
            String key = rows.get(random.nextInt(rows.size())).searchKey();
            int from = random.nextInt(key.length());
            needles.add(key.substring(from, Math.min(key.length(), from + 1 + random.nextInt(12))).strip());
        }
        for (String needle : needles) {
            for (EntityFilter filter : List.of(new EntityFilter(needle, Set.of(), OnlineFilter.ANY),
                    new EntityFilter(needle, Set.of(EntityType.EV, EntityType.of("Spaceship")), OnlineFilter.OFFLINE),
                    new EntityFilter(needle, Set.of(), OnlineFilter.ONLINE))) {
                assertThat(text.matching(filter, every, every.length)).as("%s over every row", filter)
                        .containsExactly(expected(rows, every, filter));
                assertThat(text.matching(filter, few, few.length)).as("%s over a few rows", filter)
                        .containsExactly(expected(rows, few, filter));
            }
        }
    }

    @Test
    void noMatchSpansTwoRowsAndTheLastRowsEndCounts() {
        SearchText text = new SearchText();
        text.add(EntityRow.of(new Entity("id1", EntityType.EV, "ab", "cd", null, "ef", null, true, null, null)));
        text.add(EntityRow.of(new Entity("gh", EntityType.EV, "ij", "kl", null, "mn", null, true, null, null)));
        int[] both = {0, 1};

        assertThat(text.matching(new EntityFilter("id1", Set.of(), OnlineFilter.ANY), both, 2)).containsExactly(0);
        assertThat(text.matching(new EntityFilter("1m", Set.of(), OnlineFilter.ANY), both, 2)).isEmpty();
        assertThat(text.matching(new EntityFilter("gh", Set.of(), OnlineFilter.ANY), both, 2)).containsExactly(1);
        assertThat(text.matching(new EntityFilter("ghx", Set.of(), OnlineFilter.ANY), both, 2)).isEmpty();
    }

    @Test
    void aTextIsFoundWhereverItsFirstTwoCharactersFallInTheKeysEightByteWords() {
        // "te" at every place in a word and across two words, after decoys that share its first
        // character ("tt", "tx"), its second ("ee") or are it but for case, and in the very last row
        SearchText text = new SearchText();
        List<EntityRow> rows = new ArrayList<>();
        for (int pad = 0; pad < 24; pad++) {
            String name = "x".repeat(pad) + (pad % 3 == 0 ? "ttxTEee" : pad % 3 == 1 ? "tx" : "") + "te" + "t".repeat(pad % 5);
            EntityRow row = EntityRow.of(new Entity("id" + pad, EntityType.EV, null, "n" + pad, null, name, null, true, null, null));
            rows.add(row);
            text.add(row);
        }
        EntityRow last = EntityRow.of(new Entity("zz", EntityType.EV, null, "q", null, "abcdefgt", null, true, null, null));
        rows.add(last);
        text.add(last);
        int[] every = IntStream.range(0, rows.size()).toArray();
        int[] few = IntStream.range(0, rows.size()).filter(i -> i % 4 == 1).toArray();

        for (String needle : List.of("te", "tet", "ttx", "xte", "gt\n", "t\nq", "zz", "tee", "et")) {
            EntityFilter filter = new EntityFilter(needle, Set.of(), OnlineFilter.ANY);
            assertThat(text.matching(filter, every, every.length)).as(needle).containsExactly(expected(rows, every, filter));
            assertThat(text.matching(filter, few, few.length)).as(needle).containsExactly(expected(rows, few, filter));
        }
        assertThat(text.matching(new EntityFilter("te", Set.of(), OnlineFilter.ANY), every, every.length)).hasSize(24);
    }

    @Test
    void typingOnFromTheLastSearchsRowsFindsExactlyTheRowsWhoseKeyContainsTheText() {
        // as the entity list narrows: a text that contains the last one searches the rows the last
        // search returned, any other every row; typed on, in the middle, deleted, chips changed
        SplittableRandom random = new SplittableRandom(11);
        List<EntityRow> rows = randomRows(random, 2_000);
        SearchText text = searchTextOf(rows);
        int[] every = IntStream.range(0, rows.size()).toArray();
        List<Set<EntityType>> chips = List.of(Set.of(), Set.of(EntityType.EV), Set.of(EntityType.EV, EntityType.HEAT_PUMP));
        for (int session = 0; session < 300; session++) {
            String key = rows.get(random.nextInt(rows.size())).searchKey();
            int from = random.nextInt(key.length());
            // a piece of a real key typed one character at a time, with a wrong one now and then
            String word = key.substring(from, Math.min(key.length(), from + 1 + random.nextInt(22)));
            EntityFilter shown = EntityFilter.NONE;
            int[] shownSlots = every;
            String typed = "";
            for (int step = 0; step < 40; step++) {
                int move = random.nextInt(10);
                if (move < 6 && typed.length() < word.length()) {
                    typed = typed + word.charAt(typed.length());
                } else if (move == 6) {
                    typed = typed + PIECES[random.nextInt(PIECES.length)].toLowerCase(java.util.Locale.ROOT).charAt(0);
                } else if (move == 7 && !typed.isEmpty()) {
                    int at = random.nextInt(typed.length() + 1);
                    typed = typed.substring(0, at) + "aeiou 1\n-".charAt(random.nextInt(9)) + typed.substring(at);
                } else if (move == 8 && !typed.isEmpty()) {
                    typed = typed.substring(0, typed.length() - 1);
                }
                EntityFilter filter = new EntityFilter(typed, move == 9 ? chips.get(random.nextInt(chips.size())) : shown.types(),
                        move == 9 ? OnlineFilter.values()[random.nextInt(3)] : shown.online());
                int[] candidates = filter.narrows(shown) ? shownSlots : every;
                int[] found = filter.isEmpty() ? every : text.matching(filter, candidates, candidates.length);
                assertThat(found).as("'%s' after '%s'", filter, shown).containsExactly(expected(rows, every, filter));
                shown = filter;
                shownSlots = found;
            }
        }
    }

    @Test
    void aTextTypedOnIsNotFoundInTheKeyAfterARowsOwn() {
        // "ab" ends the first key: the bytes after it (the next key's "abc") are no part of its row
        SearchText text = new SearchText();
        EntityRow first = EntityRow.of(new Entity("ab", EntityType.EV, null, null, null, null, null, true, null, null));
        EntityRow second = EntityRow.of(new Entity("abcdefghijklmnopqrstuvwxyz", EntityType.EV, null, null, null, null, null,
                true, null, null));
        EntityRow accented = EntityRow.of(new Entity("abé-abcd", EntityType.EV, null, null, null, null, null, true, null, null));
        List.of(first, second, accented).forEach(text::add);
        for (int i = 0; i < 10; i++) {
            // rows that are no candidates: the three are searched each on its own, not in a pass over every key
            text.add(EntityRow.of(new Entity("zz" + i, EntityType.EV, null, null, null, null, null, true, null, null)));
        }
        int[] rows = {0, 1, 2};
        for (List<String> typing : List.of(List.of("ab", "abc", "abcd"), List.of("ab", "b", "bc", "abc"),
                List.of("ab", "abcdefghijk", "abcdefghijklmnopq"), List.of("ab", "ab-", "ab-a"))) {
            String before = "";
            int[] shown = rows;
            for (String typed : typing) {
                EntityFilter filter = new EntityFilter(typed, Set.of(), OnlineFilter.ANY);
                int[] candidates = typed.contains(before) ? shown : rows;
                shown = text.matching(filter, candidates, candidates.length);
                assertThat(shown).as("%s in %s", typed, typing).containsExactly(expected(List.of(first, second, accented), rows, filter));
                before = typed;
            }
        }
    }

    private static List<EntityRow> randomRows(SplittableRandom random, int count) {
        List<EntityRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(EntityRow.of(entity(random, i)));
        }
        return rows;
    }

    private static SearchText searchTextOf(List<EntityRow> rows) {
        SearchText text = new SearchText();
        rows.forEach(text::add);
        return text;
    }

    private static int[] expected(List<EntityRow> rows, int[] candidates, EntityFilter filter) {
        return IntStream.of(candidates).filter(slot -> accepts(rows.get(slot), filter)).toArray();
    }

    /** What the filter means, tested on the row itself. */
    private static boolean accepts(EntityRow row, EntityFilter filter) {
        boolean type = filter.types().isEmpty() || filter.types().contains(row.type());
        boolean online = switch (filter.online()) {
            case ANY -> true;
            case ONLINE -> Boolean.TRUE.equals(row.online());
            case OFFLINE -> !Boolean.TRUE.equals(row.online());
        };
        return type && online && row.searchKey().contains(filter.text());
    }

    private static Entity entity(SplittableRandom random, int n) {
        EntityType type = n % 50 == 0 ? EntityType.of("Spaceship") : EntityType.KNOWN.get(random.nextInt(EntityType.KNOWN.size()));
        Boolean online = n % 3 == 0 ? null : random.nextBoolean();
        return new Entity("id-" + n + words(random, 2), type, n % 7 == 0 ? null : words(random, 1), words(random, 3),
                null, n % 11 == 0 ? null : words(random, 1 + random.nextInt(20)), null, online, null, null);
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
