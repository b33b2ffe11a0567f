package app.switchboard.ui.entities;

import app.switchboard.bench.TextColumns;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ui.common.fx.TaskRunner;
import java.lang.reflect.Proxy;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Search-as-you-type on 100,000 rows: the entities workspace's own {@link EntityList} (loaded page by
 * page from a DER Connect stand-in on a worker, as from the server) in a table on screen. Each
 * keystroke sets the filter the way the search box does and lays the table out again. The
 * entities table is the console's one search box that filters rows already loaded; the
 * subscriptions and review tables filter on the server or by queue.
 */
public final class EntitySearchBench implements AutoCloseable {
    private final EntityList list;
    private final TableView<EntityRow> table;
    private final Stage stage;
    private List<Double> lastCpuMs = List.of();

    private EntitySearchBench(EntityList list, TableView<EntityRow> table, Stage stage) {
        this.list = list;
        this.table = table;
        this.stage = stage;
    }

    public static EntitySearchBench show(int count) throws Exception {
        List<Entity> entities = entities(count);
        DerConnectApi der = (DerConnectApi) Proxy.newProxyInstance(DerConnectApi.class.getClassLoader(),
                new Class<?>[] {DerConnectApi.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "entities" -> entities.stream();
                    case "within" -> proxy;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ExecutorService workers = Executors.newFixedThreadPool(2);
        CompletableFuture<EntitySearchBench> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            EntityList list = new EntityList(TaskRunner.onFxThread(workers, (what, error) -> shown.completeExceptionally(error)),
                    System::nanoTime);
            TableView<EntityRow> table = new TableView<>(list.visible());
            table.getColumns().add(TextColumns.of("Name", EntityRow::name, 250));
            table.getColumns().add(TextColumns.of("Brand", EntityRow::brand, 250));
            table.getColumns().add(TextColumns.of("Identifier", r -> r.entity().identifier(), 250));
            table.getColumns().add(TextColumns.of("Type", r -> r.type().toString(), 250));
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1280, 800));
            stage.show();
            list.stateProperty().addListener((obs, old, now) -> {
                if (now == LoadState.LOADED) {
                    shown.complete(new EntitySearchBench(list, table, stage));
                } else if (now == LoadState.FAILED) {
                    shown.completeExceptionally(new IllegalStateException(list.failureProperty().get()));
                }
            });
            list.load(der);
        });
        EntitySearchBench bench = shown.get(10, TimeUnit.MINUTES);
        workers.shutdown();
        return bench;
    }

    /** Types {@code text} one character at a time; returns the ms of each keystroke until laid out. */
    public List<Double> type(String text) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i <= text.length(); i++) {
            String typed = text.substring(0, i == text.length() ? 0 : i + 1);
            CompletableFuture<Double> took = new CompletableFuture<>();
            Platform.runLater(() -> {
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                list.filterProperty().set(new EntityFilter(typed, Set.of(), OnlineFilter.ANY));
                table.applyCss();
                table.layout();
                long end = System.nanoTime();
                cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                took.complete((end - start) / 1e6);
            });
            times.add(took.get());
        }
        lastCpuMs = List.copyOf(cpu);
        return times;
    }

    /** The FX thread's CPU time of each keystroke of the last {@link #type}, in ms. */
    public List<Double> lastCpuMs() {
        return lastCpuMs;
    }

    public int rows() throws Exception {
        CompletableFuture<Integer> size = new CompletableFuture<>();
        Platform.runLater(() -> size.complete(list.all().size()));
        return size.get();
    }

    @Override
    public void close() {
        Platform.runLater(() -> {
            stage.close();
            list.clear();
        });
    }

    private static List<Entity> entities(int count) {
        SplittableRandom random = new SplittableRandom(1);
        String[] brands = {"Tesla", "Volkswagen", "BMW", "Kia", "Alfen", "Easee", "SMA", "Viessmann"};
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 21, 10, 0, 0, 0, ZoneOffset.UTC);
        List<Entity> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EntityType type = EntityType.KNOWN.get(random.nextInt(EntityType.KNOWN.size()));
            String brand = brands[random.nextInt(brands.length)];
            result.add(new Entity(new java.util.UUID(random.nextLong(), random.nextLong()).toString(), type, brand,
                    brand.substring(0, 3).toUpperCase(java.util.Locale.ROOT) + random.nextInt(1_000_000),
                    now.minusDays(random.nextInt(700)), "Entity " + random.nextInt(1_000_000), null,
                    random.nextBoolean(), null, now.minusMinutes(random.nextInt(100_000))));
        }
        return result;
    }
}
