package app.switchboard.bench;

import app.switchboard.fynn.Entitlement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A window that shows what the service benchmarks produce, the way a view would: pages of
 * entitlements appended to a table as they arrive, bulk progress in a bar, both through
 * {@code Platform.runLater} from the worker threads.
 */
final class LiveTable {
    private final ObservableList<Entitlement> rows = FXCollections.observableArrayList();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label progress = new Label();

    static LiveTable show() throws Exception {
        LiveTable live = new LiveTable();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.runLater(() -> {
            TableView<Entitlement> table = new TableView<>(live.rows);
            table.getColumns().add(TextColumns.of("Entitlement", Entitlement::id, 220));
            table.getColumns().add(TextColumns.of("Feature", e -> e.feature() == null ? null : e.feature().name(), 220));
            table.getColumns().add(TextColumns.of("Value", Entitlement::displayValue, 220));
            table.getColumns().add(TextColumns.of("Status", e -> e.status() == null ? null : e.status().value(), 220));
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(live.bar, live.progress, table), 1000, 700));
            stage.show();
            shown.complete(null);
        });
        shown.get();
        return live;
    }

    void clear() throws Exception {
        onFxThread(rows::clear);
    }

    void add(List<Entitlement> page) {
        List<Entitlement> copy = List.copyOf(page);
        Platform.runLater(() -> rows.addAll(copy));
    }

    void progress(int finished, int total) {
        Platform.runLater(() -> {
            bar.setProgress(total == 0 ? 1 : (double) finished / total);
            progress.setText(finished + " of " + total);
        });
    }

    /** Waits until every page handed over so far has reached the table. */
    void awaitShown(int expected) throws Exception {
        onFxThread(() -> {
            if (rows.size() != expected) {
                throw new IllegalStateException("table shows " + rows.size() + " of " + expected);
            }
        });
    }

    static void onFxThread(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                action.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }
}
