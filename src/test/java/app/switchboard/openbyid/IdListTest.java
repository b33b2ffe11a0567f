package app.switchboard.openbyid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdListTest {
    private static final String A = "5a554157-5a5a-4547-384c-423033333139";
    private static final String B = "8667fb97-68f2-485a-87c7-f3bdfa9482e1";
    private static final String C = "3c90c3cc-0d44-4b50-8888-8dd25736052a";

    @Test
    void oneIdPerLineWithAHeaderWordAndBlankLinesGivesEachIdOnceInOrder() {
        IdList list = IdList.parse("id\n" + A + "\n\n  " + B + "  \n" + A + "\n");

        assertThat(list.ids()).containsExactly(A, B);
        assertThat(list.bad()).isEmpty();
    }

    @Test
    void aCsvTakesTheColumnHeadedIdWhereverItIs() {
        IdList list = IdList.parse("name;entityId;type\r\nFleet car 12;" + A + ";EV\r\n\"Depot; charger\";" + B + ";ChargePoint\r\n");

        assertThat(list.ids()).containsExactly(A, B);
        assertThat(list.bad()).isEmpty();
    }

    @Test
    void aCsvWithoutAnIdColumnTakesTheFirstColumnAndItsHeaderIsNotData() {
        assertThat(IdList.parse("entity,name\n" + A + ",Fleet car\n" + B + ",Depot\n").ids()).containsExactly(A, B);
        assertThat(IdList.parse(A + ",Fleet car\n" + B + ",Depot\n").ids()).containsExactly(A, B);
    }

    @Test
    void linesThatGiveNoIdAreKeptWithTheirNumberTextAndReason() {
        IdList list = IdList.parse(A + "\nFleet car twelve\n" + B + "\n<b>" + C + "</b>\n");

        assertThat(list.ids()).containsExactly(A, B);
        assertThat(list.bad()).extracting(IdList.BadLine::number).containsExactly(2, 4);
        assertThat(list.badLines()).extracting(w -> w.in(Locale.ENGLISH))
                .containsExactly("line 2 “Fleet car twelve”: not an entity id", "line 4 “<b>" + C + "</b>”: not an entity id");
        assertThat(list.badLines().get(0).in(Locale.GERMAN)).isEqualTo("Zeile 2 „Fleet car twelve“: keine Entitäts-ID");
    }

    @Test
    void aCsvRowWithAnEmptyIdCellIsNamedNotSkipped() {
        IdList list = IdList.parse("id,name\n" + A + ",one\n,two\n");

        assertThat(list.ids()).containsExactly(A);
        assertThat(list.badLines()).extracting(w -> w.in(Locale.ENGLISH)).containsExactly("line 3 “,two”: no id in the id column");
    }

    @Test
    void idsPartedBySpacesOnOneLineAreAllTaken() {
        assertThat(IdList.parse(A + " " + B + "\t\n").ids()).containsExactly(A, B);
        assertThat(IdList.parse("\"" + A + "\"\n'" + B + "'").ids()).containsExactly(A, B);
    }

    @Test
    void nothingOrOnlyBlanksIsAnEmptyList() {
        assertThat(IdList.parse(null).isEmpty()).isTrue();
        assertThat(IdList.parse(" \n\n").isEmpty()).isTrue();
    }
}
