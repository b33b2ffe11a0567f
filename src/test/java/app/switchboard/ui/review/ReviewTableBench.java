package app.switchboard.ui.review;

import app.switchboard.bench.TextColumns;
import app.switchboard.client.Json;
import app.switchboard.fynn.Entitlement;
import app.switchboard.ops.review.ReviewCustomer;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.RowList;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * The review's queue table (its real columns and key-sorting policy) with 100,000 entitlements on
 * screen: sorting by a column until the table is laid out again, against a stock {@code TableView}
 * with the same cell values and the default sort; and the heap the rows take. Each entitlement is
 * parsed from its own JSON text, as the client would have parsed it, so that the heap figure counts
 * what a real scan holds.
 */
public final class ReviewTableBench implements AutoCloseable {
    public static final int ROWS = 100_000;
    private static final String[] FEATURES = {"Charge sessions", "Smart charging", "Users", "API access",
            "Tariff sync", "Fleet reports", "Storage", "Support level"};
    private static final String[] STATUSES = {"active", "pending", "disabled", "expired"};

    private final Stage stage;
    private final TableView<ReviewRow> table;

    private ReviewTableBench(Stage stage, TableView<ReviewRow> table) {
        this.stage = stage;
        this.table = table;
    }

    /** Used heap in MB after a full collection, as a baseline or with the rows held. */
    public static double usedHeapMb() {
        for (int i = 0; i < 3; i++) {
            fullCollection();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    /**
     * A collection of the whole heap that stops the world, whatever the JVM's options: with the
     * installed console's {@code -XX:+ExplicitGCInvokesConcurrent}, {@code System.gc()} only starts a
     * marking cycle, after which regions of garbage still count as used. A class histogram (the
     * JVM's diagnostic command) always collects fully first.
     */
    private static void fullCollection() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            throw new IllegalStateException("no full collection through the diagnostic command", e);
        }
    }

    /** Parses {@code count} entitlements and shows them in a review queue table. */
    public static ReviewTableBench show(int count) throws Exception {
        List<ReviewRow> rows = rows(count);
        Messages messages = Messages.load(Locale.ENGLISH);
        return onFx(() -> {
            // the review view model's own kind of list, which the sort reorders as one permutation
            TableView<ReviewRow> table = new TableView<>(new RowList<>(rows));
            QueueTable.configure(table, new ReviewTexts(messages, ZoneId.systemDefault()));
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1280, 800));
            stage.show();
            layout(table);
            return new ReviewTableBench(stage, table);
        });
    }

    /** A stock table with the same cell values and no sort policy of its own. */
    public static ReviewTableBench showStock(List<ReviewRow> rows) throws Exception {
        return onFx(() -> {
            TableView<ReviewRow> table = new TableView<>(FXCollections.observableArrayList(rows));
            table.getColumns().add(TextColumns.of("Customer", r -> r.customer().displayName(), 200));
            table.getColumns().add(TextColumns.of("Subscription", QueueTable::subscription, 200));
            table.getColumns().add(TextColumns.of("Feature", ReviewRow::featureName, 200));
            table.getColumns().add(TextColumns.of("Value", ReviewRow::displayValue, 200));
            table.getColumns().add(TextColumns.of("Status", r -> r.status().value(), 200));
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1280, 800));
            stage.show();
            layout(table);
            return new ReviewTableBench(stage, table);
        });
    }

    public List<ReviewRow> items() throws Exception {
        return onFx(() -> new ArrayList<>(table.getItems()));
    }

    /**
     * Sorts by column {@code index} (alternating direction each call) and lays the table out again;
     * returns the ms this took on the FX thread.
     */
    public double sortBy(int index, boolean ascending) throws Exception {
        return onFx(() -> {
            TableColumn<ReviewRow, ?> column = table.getColumns().get(index);
            table.getSortOrder().clear();
            column.setSortType(ascending ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
            // what a click on the column header does: the new sort order sorts the table once
            long start = System.nanoTime();
            table.getSortOrder().setAll(List.of(column));
            layout(table);
            return (System.nanoTime() - start) / 1e6;
        });
    }

    public int columnCount() throws Exception {
        return onFx(() -> table.getColumns().size());
    }

    private static void layout(TableView<?> table) {
        table.applyCss();
        table.layout();
    }

    @Override
    public void close() throws Exception {
        onFx(() -> {
            stage.close();
            table.getItems().clear();
            return null;
        });
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /**
     * Entitlements with their customers, 3 per subscription, each parsed from its own JSON, in a
     * scan's snapshot.
     */
    static List<ReviewRow> rows(int count) throws Exception {
        ObjectMapper mapper = Json.newMapper();
        SplittableRandom random = new SplittableRandom(11);
        List<ReviewRow> rows = new ArrayList<>(count);
        ReviewCustomer customer = null;
        for (int i = 0; i < count; i++) {
            int subscription = i / 3;
            if (i % 3 == 0) {
                customer = new ReviewCustomer("cus_" + subscription, "Customer " + random.nextInt(1_000_000) + " GmbH",
                        String.format(Locale.ROOT, "CUS-%06d", subscription));
            }
            String feature = FEATURES[random.nextInt(FEATURES.length)];
            String status = STATUSES[random.nextInt(STATUSES.length)];
            int fromDay = 1 + random.nextInt(28);
            int untilMonth = 1 + random.nextInt(12);
            String json = "{\"id\":\"ent_" + i + "_" + Long.toHexString(random.nextLong()) + "\","
                    + "\"subscriptionItem\":{\"id\":\"si_" + subscription + "\",\"name\":\"Plan " + (subscription % 17)
                    + "\",\"status\":\"active\",\"subscriptionId\":\"sub_" + subscription + "\"},"
                    + "\"feature\":{\"id\":\"feat_" + feature.hashCode() + "\",\"name\":\"" + feature
                    + "\",\"status\":\"active\",\"type\":\"quantity\",\"unit\":\"users\"},"
                    + "\"value\":\"" + random.nextInt(100) + "\","
                    + String.format(Locale.ROOT, "\"validFrom\":\"2026-01-%02dT00:00:00Z\",", fromDay)
                    + String.format(Locale.ROOT, "\"validUntil\":\"2027-%02d-01T00:00:00Z\",", untilMonth)
                    + "\"active\":" + status.equals("active") + ",\"status\":\"" + status + "\"}";
            Entitlement entitlement = mapper.readValue(json, Entitlement.class);
            rows.add(new ReviewRow(customer, "sub_" + subscription, String.format(Locale.ROOT, "SUB-%06d", subscription),
                    entitlement));
        }
        // as a scan hands them over: the snapshot ranks each column's texts once (off the FX thread)
        return new ReviewSnapshot(java.time.Instant.now(), count / 3, rows, List.of(), List.of(),
                java.time.Duration.ZERO).rows();
    }
}
