package app.switchboard.bench;

import app.switchboard.fynn.Entitlement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A window that shows what the paging benchmark produces, the way a view would: pages of
 * entitlements appended to a table through {@code Platform.runLater} from the worker threads as
 * they arrive. (A bulk run is shown in the console's own bulk window.)
 */
final class LiveTable {
    private final ObservableList<Entitlement> rows = FXCollections.observableArrayList();

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
            stage.setScene(new Scene(new VBox(table), 1000, 700));
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

    /** Waits until every page handed over so far has reached the table. */
    void awaitShown(int expected) throws Exception {
        onFxThread(() -> {
            if (rows.size() != expected) {
                throw new IllegalStateException("table shows " + rows.size() + " of " + expected);
            }
        });
    }

    static <T> T onFxThread(Supplier<T> action) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(action.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get();
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
