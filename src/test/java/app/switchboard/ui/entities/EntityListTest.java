package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.CallScope;
import app.switchboard.derconnect.ChargingRecord;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.derconnect.EntityPage;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.fx.TaskRunner;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Progressive loading with the application's task runner: pages are worked off one at a time by
 * the test (a hand-cranked worker), and results arrive on the JavaFX thread as in the app.
 */
@ExtendWith(ApplicationExtension.class)
class EntityListTest {
    private static final int PAGES = 5;

    private final Queue<Runnable> work = new ArrayDeque<>();
    private final TaskRunner tasks = TaskRunner.onFxThread(work::add, (what, error) -> { });
    private final PagedEntities der = new PagedEntities();

    @Test
    void rowsAppearPageByPageWithTheCountSoFar(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));

        runNextPage();
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.LOADING);
        assertThat(list.firstRowsNanos()).isNotNull();

        while (!work.isEmpty()) {
            runNextPage();
        }
        assertThat(list.loadedProperty().get()).isEqualTo(PAGES * DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    @Test
    void stoppingCancelsTheCallsAndFetchesNoFurtherPage(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));
        runNextPage();

        robot.interact(list::stop);
        while (!work.isEmpty()) {
            runNextPage();
        }

        assertThat(der.scope.isCancelled()).isTrue();
        assertThat(der.pagesFetched.get()).isEqualTo(1);
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
        assertThat(list.stateProperty().get()).isEqualTo(LoadState.STOPPED);
    }

    @Test
    void aNewLoadDropsTheRowsOfTheOldOneEvenIfItsPageArrivesLate(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));
        Runnable stalePage = work.poll();
        robot.interact(() -> list.load(new PagedEntities()));
        stalePage.run();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.visible()).isEmpty();

        runNextPage();
        assertThat(list.visible()).hasSize(DerConnectApi.DEFAULT_PAGE_SIZE);
    }

    @Test
    void narrowingTheSearchShowsTheSameRowsAsFilteringEveryRow(FxRobot robot) {
        EntityList list = loadedList(robot);
        for (boolean sorted : new boolean[] {false, true}) {
            if (sorted) {
                robot.interact(() -> list.sortBy(EntityColumn.NAME.order(false)));
            }
            for (EntityFilter filter : List.of(filter("c"), filter("ca"), filter("car"), filter("car 1"), filter("car 12"),
                    filter("car 1"), filter("car"), filter("kia"), filter("ki"), filter("r 2"), filter(""),
                    new EntityFilter("", Set.of(EntityType.EV), OnlineFilter.ANY),
                    new EntityFilter("a", Set.of(EntityType.EV), OnlineFilter.ANY),
                    new EntityFilter("a", Set.of(EntityType.EV), OnlineFilter.OFFLINE),
                    new EntityFilter("a", Set.of(EntityType.EV, EntityType.HEAT_PUMP), OnlineFilter.OFFLINE),
                    new EntityFilter("al", Set.of(EntityType.EV, EntityType.HEAT_PUMP), OnlineFilter.ANY),
                    new EntityFilter("al", Set.of(), OnlineFilter.ONLINE), filter("tesla"), filter(""))) {
                robot.interact(() -> list.filterProperty().set(filter));
                assertThat(list.visible()).as("%s, sorted %s", filter, sorted).isNotEmpty()
                        .containsExactlyElementsOf(everyRowMatching(list, filter));
            }
        }
    }

    @Test
    void typingOnAndDeletingBackShowsTheRowsOfAFreshlyFilteredList(FxRobot robot) {
        EntityList list = loadedList(robot);
        for (boolean sorted : new boolean[] {false, true}) {
            if (sorted) {
                robot.interact(() -> list.sortBy(EntityColumn.BRAND.order(true)));
            }
            for (String word : List.of("car 12", "kna", "0000-000000000042", "tesla", "xyz")) {
                List<String> typed = new java.util.ArrayList<>();
                for (int i = 1; i <= word.length(); i++) {
                    typed.add(word.substring(0, i));
                }
                for (int i = word.length() - 1; i >= 0; i--) {
                    typed.add(word.substring(0, i));
                }
                for (String text : typed) {
                    robot.interact(() -> list.filterProperty().set(filter(text)));
                    EntityList fresh = new EntityList(TaskRunner.sameThread((what, error) -> { }), System::nanoTime);
                    robot.interact(() -> {
                        if (sorted) {
                            fresh.sortBy(EntityColumn.BRAND.order(true));
                        }
                        fresh.filterProperty().set(filter(text));
                        fresh.load(new PagedEntities());
                    });
                    assertThat(list.visible()).as("'%s', sorted %s", text, sorted)
                            .containsExactlyElementsOf(everyRowMatching(list, filter(text)))
                            .containsExactlyElementsOf(fresh.visible());
                }
            }
        }
    }

    @Test
    void pagesArrivingWhileSortedAndFilteredAreShownInTheirPlaceAndTheSelectionStays(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        TableView<EntityRow> table = new TableView<>(list.visible());
        robot.interact(() -> list.load(der));
        runNextPage();
        robot.interact(() -> {
            list.sortBy(EntityColumn.BRAND.order(true));
            list.filterProperty().set(filter("car"));
            table.getSelectionModel().select(7);
        });
        EntityRow chosen = table.getSelectionModel().getSelectedItem();

        int page = 1;
        while (!work.isEmpty()) {
            runNextPage();
            page++;
            List<String> arrivedByBrand = IntStream.range(0, Math.min(page, PAGES) * DerConnectApi.DEFAULT_PAGE_SIZE)
                    .mapToObj(PagedEntities::entity)
                    .sorted(Comparator.comparing(Entity::brand, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)))
                    .map(Entity::id).toList();
            assertThat(list.all()).extracting(EntityRow::id).containsExactlyElementsOf(arrivedByBrand);
            assertThat(list.visible()).isNotEmpty().containsExactlyElementsOf(everyRowMatching(list, filter("car")));
            assertThat(table.getSelectionModel().getSelectedItems()).containsExactly(chosen);
            if (page == 3) {
                robot.interact(() -> list.filterProperty().set(filter("car 2")));
                assertThat(list.visible()).containsExactlyElementsOf(everyRowMatching(list, filter("car 2")));
                robot.interact(() -> list.filterProperty().set(filter("car")));
                robot.interact(() -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(chosen)));
            }
        }
    }

    /** A list with every page loaded. */
    private EntityList loadedList(FxRobot robot) {
        EntityList list = new EntityList(tasks, System::nanoTime);
        robot.interact(() -> list.load(der));
        while (!work.isEmpty()) {
            runNextPage();
        }
        return list;
    }

    private static EntityFilter filter(String text) {
        return new EntityFilter(text, Set.of(), OnlineFilter.ANY);
    }

    /** The rows of the whole list, in its order, that {@code filter} accepts, tested one by one without the list's help. */
    private static List<EntityRow> everyRowMatching(EntityList list, EntityFilter filter) {
        return list.all().stream().filter(row -> {
            Entity e = row.entity();
            boolean text = Stream.of(e.name(), e.identifier(), e.brand(), e.id()).filter(java.util.Objects::nonNull)
                    .anyMatch(value -> value.toLowerCase(java.util.Locale.ROOT).contains(filter.text()));
            boolean type = filter.types().isEmpty() || filter.types().contains(e.type());
            boolean online = switch (filter.online()) {
                case ANY -> true;
                case ONLINE -> Boolean.TRUE.equals(e.online());
                case OFFLINE -> !Boolean.TRUE.equals(e.online());
            };
            return text && type && online;
        }).toList();
    }

    private void runNextPage() {
        work.remove().run();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** DER Connect with {@link #PAGES} full pages, counting the pages actually fetched. */
    private static final class PagedEntities implements DerConnectApi {
        final AtomicInteger pagesFetched = new AtomicInteger();
        CallScope scope;

        @Override
        public Stream<Entity> entities() {
            return IntStream.range(0, PAGES).boxed().flatMap(page -> {
                pagesFetched.incrementAndGet();
                return IntStream.range(0, DEFAULT_PAGE_SIZE).mapToObj(i -> entity(page * DEFAULT_PAGE_SIZE + i));
            });
        }

        /** Varied rows: several types, brands (some equal, some missing), names, online states. */
        static Entity entity(int n) {
            String[] brands = {"Kia", "tesla", null, "Alfen", "kia"};
            EntityType type = EntityType.KNOWN.get(n % EntityType.KNOWN.size());
            Boolean online = n % 3 == 0 ? null : n % 3 == 1;
            return new Entity("00000000-0000-0000-0000-" + String.format("%012d", n), type, brands[n % brands.length],
                    "KNA" + (n * 7919 % 1000), OffsetDateTime.parse("2026-01-01T00:00:00Z").plusHours(n * 37L % 500),
                    n % 11 == 0 ? null : "Car " + (n * 31 % 400), null, online, null,
                    n % 13 == 0 ? null : OffsetDateTime.parse("2026-11-01T00:00:00Z").minusMinutes(n * 53L % 9000));
        }

        @Override
        public DerConnectApi within(CallScope callScope) {
            this.scope = callScope;
            return this;
        }

        @Override
        public EntityPage entitiesPage(String continuationToken, int pageSize) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Entity entity(String entityId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntityFeatureStatus> features(String entityId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<EntityFeatureStatus> setFeature(String entityId, String feature, boolean enabled) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<ChargingRecord> chargeSessions(String entityId, OffsetDateTime start, OffsetDateTime end) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Stream<app.switchboard.derconnect.OnboardingRequest> onboardingRequests(
                java.util.function.Consumer<app.switchboard.client.PagingStop> onStop) {
            throw new UnsupportedOperationException();
        }
    }
}
