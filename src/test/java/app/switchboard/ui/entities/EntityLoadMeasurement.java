package app.switchboard.ui.entities;

import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.fx.TaskRunner;
import java.lang.reflect.Proxy;
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
        List<Entity> entities = syntheticRows(100_000).stream().map(EntityRow::entity).toList();
        DerConnectApi der = (DerConnectApi) Proxy.newProxyInstance(DerConnectApi.class.getClassLoader(),
                new Class<?>[] {DerConnectApi.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "entities" -> entities.stream();
                    case "within" -> proxy;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        EntityList list = new EntityList(TaskRunner.sameThread((what, error) -> { }), System::nanoTime);
        list.load(der);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            list.sortBy(EntityColumn.NAME.order(warmUp % 2 == 0));
        }
        long start = System.nanoTime();
        list.filterProperty().set(new EntityFilter("wvw", Set.of(), OnlineFilter.ANY));
        long filtering = System.nanoTime() - start;
        int matched = list.visible().size();
        start = System.nanoTime();
        list.filterProperty().set(new EntityFilter("", Set.of(EntityType.EV), OnlineFilter.ONLINE));
        long chips = System.nanoTime() - start;
        list.filterProperty().set(EntityFilter.NONE);
        start = System.nanoTime();
        list.sortBy(EntityColumn.NAME.order(true));
        long byName = System.nanoTime() - start;
        start = System.nanoTime();
        list.sortBy(EntityColumn.LAST_SEEN.order(false));
        long byLastSeen = System.nanoTime() - start;
        System.out.printf("100,000 rows: search %.0f ms (%d match), chips %.0f ms, sort by name %.0f ms, by last seen %.0f ms%n",
                filtering / 1e6, matched, chips / 1e6, byName / 1e6, byLastSeen / 1e6);
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
