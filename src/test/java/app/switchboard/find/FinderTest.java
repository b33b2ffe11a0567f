package app.switchboard.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FinderTest {
    private static Findable entity(String id, String name, String vin) {
        return new Findable(FindKind.ENTITY, id, name, "EV", List.of(new Findable.Key(Findable.Field.NAME, name),
                new Findable.Key(Findable.Field.IDENTIFIER, vin), new Findable.Key(Findable.Field.ID, id)));
    }

    private static Findable customer(String id, String name, String email) {
        return new Findable(FindKind.CUSTOMER, id, name, email, List.of(new Findable.Key(Findable.Field.NAME, name),
                new Findable.Key(Findable.Field.EMAIL, email)));
    }

    @Test
    void aWholeVinRanksAboveNamesThatOnlyContainIt() {
        Finder finder = new Finder();
        List<Findable> items = List.of(entity("e1", "Fleet car WVW1", "XYZ"), entity("e2", "Other", "WVW1"));
        finder.addLoaded(items::stream);

        List<Found> found = finder.loaded("wvw1");

        assertThat(found).extracting(Found::id).containsExactly("e2", "e1");
        assertThat(found.get(0).matched().field()).isEqualTo(Findable.Field.IDENTIFIER);
    }

    @Test
    void accentsAndCaseDoNotCount() {
        Finder finder = new Finder();
        finder.addLoaded(() -> java.util.stream.Stream.of(customer("c1", "Jürgen Müller", "j.mueller@example.com")));

        assertThat(finder.loaded("MULLER")).extracting(Found::id).containsExactly("c1");
        assertThat(finder.loaded("  ")).isEmpty();
    }

    @Test
    void resultsAreGroupedByKindAndCappedPerKind() {
        Finder finder = new Finder();
        List<Findable> items = new ArrayList<>();
        items.add(customer("c1", "Anna Berg", "anna@example.com"));
        IntStream.range(0, 20).forEach(i -> items.add(entity("e" + i, "Anna's car " + i, "VIN" + i)));
        finder.addLoaded(items::stream);

        List<Found> found = finder.loaded("anna");

        assertThat(found).hasSize(Finder.PER_KIND + 1);
        assertThat(found.subList(0, Finder.PER_KIND)).allMatch(hit -> hit.kind() == FindKind.ENTITY);
        assertThat(found.get(Finder.PER_KIND).kind()).isEqualTo(FindKind.CUSTOMER);
    }

    @Test
    void anItemLoadedByTwoViewsIsFoundOnce() {
        Finder finder = new Finder();
        Findable one = entity("e1", "Heat pump Aachen 3", "HP1");
        finder.addLoaded(() -> java.util.stream.Stream.of(one));
        finder.addLoaded(() -> java.util.stream.Stream.of(one));

        assertThat(finder.loaded("aachen")).hasSize(1);
    }
}
