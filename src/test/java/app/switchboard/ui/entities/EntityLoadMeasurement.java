package app.switchboard.ui.entities;

import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Prints how long the workspace takes to show its first rows and all rows, for the seed data and
 * for sandbox scale 100, with the application's real worker pool and JavaFX thread; and how long
 * filtering and sorting take on 100,000 rows. Measures, never asserts a time: not part of the
 * build. Run with {@code ./mvnw test -Dtest=EntityLoadMeasurement}.
 */
@ExtendWith(ApplicationExtension.class)
class EntityLoadMeasurement {
    @TempDir
    Path home;

    @Test
    void timeToFirstAndAllRows() throws Exception {
        for (int scale : new int[] {1, 100}) {
            try (DemoWorkspace demo = DemoWorkspace.open(home.resolve("scale" + scale), false, scale)) {
                CompletableFuture<EntityList> done = new CompletableFuture<>();
                Platform.runLater(() -> {
                    EntitiesViewModel model = demo.viewModel();
                    model.list().stateProperty().addListener((obs, old, now) -> {
                        if (now == LoadState.LOADED) {
                            done.complete(model.list());
                        } else if (now == LoadState.FAILED) {
                            done.completeExceptionally(new IllegalStateException(model.list().failureProperty().get()));
                        }
                    });
                    demo.connect();
                });
                EntityList list = done.get(5, TimeUnit.MINUTES);
                System.out.printf("scale %d: %d entities, first rows after %.0f ms, all rows after %.0f ms%n", scale,
                        list.all().size(), list.firstRowsNanos() / 1e6, list.allRowsNanos() / 1e6);
            }
        }
    }

    @Test
    void filterAndSortAtOneHundredThousandRows() {
        List<EntityRow> rows = syntheticRows(100_000);
        ObservableList<EntityRow> backing = FXCollections.observableArrayList(rows);
        EntityList list = new EntityList(TaskRunner.sameThread((what, error) -> { }), System::nanoTime);
        long start = System.nanoTime();
        javafx.collections.transformation.FilteredList<EntityRow> filtered = new javafx.collections.transformation.FilteredList<>(backing);
        filtered.setPredicate(new EntityFilter("wvw", Set.of(), OnlineFilter.ANY).predicate());
        long filtering = System.nanoTime() - start;
        start = System.nanoTime();
        filtered.setPredicate(new EntityFilter("", Set.of(EntityType.EV), OnlineFilter.ONLINE).predicate());
        long chips = System.nanoTime() - start;
        javafx.collections.transformation.SortedList<EntityRow> sorted = new javafx.collections.transformation.SortedList<>(backing);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            new ArrayList<>(rows).sort(EntityColumn.NAME.comparator(warmUp % 2 == 0));
        }
        start = System.nanoTime();
        sorted.setComparator(EntityColumn.NAME.comparator(true));
        long byName = System.nanoTime() - start;
        start = System.nanoTime();
        sorted.setComparator(EntityColumn.LAST_SEEN.comparator(false));
        long byLastSeen = System.nanoTime() - start;
        System.out.printf("100,000 rows: search %.0f ms (%d match), chips %.0f ms, sort by name %.0f ms, by last seen %.0f ms%n",
                filtering / 1e6, filtered.size(), chips / 1e6, byName / 1e6, byLastSeen / 1e6);
        List<EntityRow> plain = new ArrayList<>(rows);
        start = System.nanoTime();
        plain.sort(EntityColumn.NAME.comparator(true));
        long plainByName = System.nanoTime() - start;
        start = System.nanoTime();
        FXCollections.sort(backing, EntityColumn.LAST_SEEN.comparator(false));
        long backingByLastSeen = System.nanoTime() - start;
        System.out.printf("plain list by name %.0f ms, observable backing list by last seen %.0f ms%n",
                plainByName / 1e6, backingByLastSeen / 1e6);
        list.sortBy(null);
    }

    private static List<EntityRow> syntheticRows(int count) {
        SplittableRandom random = new SplittableRandom(1);
        String[] brands = {"Tesla", "Volkswagen", "BMW", "Kia", "Alfen", "Easee", "SMA"};
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC);
        List<EntityRow> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntityType type = EntityType.KNOWN.get(random.nextInt(EntityType.KNOWN.size()));
            String brand = brands[random.nextInt(brands.length)];
            rows.add(EntityRow.of(new Entity(new java.util.UUID(random.nextLong(), random.nextLong()).toString(), type,
                    brand, brand.substring(0, 3).toUpperCase() + random.nextInt(1_000_000), now.minusDays(random.nextInt(700)),
                    "Entity " + random.nextInt(1_000_000), null, random.nextBoolean(), null,
                    now.minusMinutes(random.nextInt(100_000)))));
        }
        return rows;
    }
}
