package app.switchboard.ui.common.change;

import app.switchboard.audit.Api;
import app.switchboard.ops.BulkCounts;
import app.switchboard.ops.BulkResult;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.table.StatusBadge;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * The window of one bulk flow over a {@link BulkFlowModel}: the preview table with its counts and
 * the verb button, then progress with Cancel, then the result table with Retry failed and Close.
 * Open it through {@link BulkFlow#open}.
 */
final class BulkChangeWindow {
    private static final String STYLESHEET = "/app/switchboard/ui/common/changes.css";

    private final BulkFlowModel model;
    private final Messages messages;
    private final Stage stage = new Stage();
    private final Label summary = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label progressText = new Label();
    private final Button start = new Button();
    private final Button cancel = new Button();
    private final Button retry = new Button();
    private final Button undo = new Button();
    private final Button close = new Button();

    BulkChangeWindow(BulkFlowModel model, Messages messages, String environmentName) {
        this.model = model;
        this.messages = messages;
        Api api = model.preview().willChange().isEmpty() ? Api.DER_CONNECT
                : model.preview().willChange().get(0).target().api();
        String verb = model.desiredOn() ? (api == Api.FYNN ? "activate" : "enable") : (api == Api.FYNN ? "deactivate" : "disable");
        stage.setTitle(messages.get("changes.bulk.title." + verb, environmentName));

        summary.setId("bulkSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("bulk-summary");
        TableView<BulkRow> table = table();
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.setId("bulkProgress");
        progressText.setId("bulkProgressText");
        HBox.setHgrow(progress, Priority.ALWAYS);

        start.setId("bulkStart");
        start.setText(messages.get("changes.confirm.button." + verb + ".many", model.preview().counts().willChange()));
        start.getStyleClass().add(model.desiredOn() ? "accent" : "danger");
        start.setOnAction(e -> model.start());
        cancel.setId("bulkCancel");
        cancel.setText(messages.get("changes.bulk.cancelRun"));
        cancel.setOnAction(e -> model.cancel());
        retry.setId("bulkRetry");
        retry.setText(messages.get("changes.bulk.retryFailed"));
        retry.setOnAction(e -> model.retryFailed());
        undo.setId("bulkUndo");
        undo.setText(messages.get("changes.bulk.undoRun"));
        undo.setOnAction(e -> model.undoRun());
        close.setId("bulkClose");
        close.setText(messages.get("common.action.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());

        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox progressLine = new HBox(10, progress, progressText);
        progressLine.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, gap, start, cancel, retry, undo, close);
        VBox bottom = new VBox(10, progressLine, buttons);
        BorderPane root = new BorderPane(table, summary, null, bottom, null);
        BorderPane.setMargin(summary, new Insets(0, 0, 10, 0));
        BorderPane.setMargin(bottom, new Insets(10, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("bulkWindow");
        Scene scene = new Scene(root, 820, 520);
        scene.getStylesheets().add(BulkChangeWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // closing while it runs would hide progress; cancel first
        stage.setOnCloseRequest(e -> {
            if (model.phaseProperty().get() == BulkFlowModel.Phase.RUNNING) {
                e.consume();
            }
        });
        model.phaseProperty().addListener((obs, old, now) -> layoutFor(now));
        model.finishedProperty().addListener((obs, old, now) -> showProgress());
        layoutFor(model.phaseProperty().get());
    }

    void show() {
        FxConfirmer.mainWindow().ifPresent(owner -> {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        });
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private TableView<BulkRow> table() {
        TableView<BulkRow> table = new TableView<>(model.rows());
        table.setId("bulkTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BulkRow, String> target = new TableColumn<>(messages.get("changes.bulk.column.target"));
        target.setCellValueFactory(c -> Bindings.createStringBinding(() -> messages.text(c.getValue().target().name())));
        target.setPrefWidth(340);
        TableColumn<BulkRow, BulkRow> state = new TableColumn<>(messages.get("changes.bulk.column.state"));
        state.setCellValueFactory(c -> Bindings.createObjectBinding(c::getValue));
        state.setCellFactory(column -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge();

            @Override
            protected void updateItem(BulkRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    row.state().showOn(badge, messages);
                    setGraphic(badge);
                }
            }
        });
        state.setPrefWidth(150);
        TableColumn<BulkRow, String> why = new TableColumn<>(messages.get("changes.bulk.column.message"));
        why.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().message()));
        table.getColumns().setAll(java.util.List.of(target, state, why));
        table.setPlaceholder(new Label(messages.get("changes.bulk.nothing")));
        return table;
    }

    private void layoutFor(BulkFlowModel.Phase phase) {
        boolean running = phase == BulkFlowModel.Phase.RUNNING;
        boolean results = phase == BulkFlowModel.Phase.RESULTS;
        show(start, !running && !results && !model.preview().isEmpty());
        show(cancel, running);
        show(progress.getParent(), running || results);
        BulkResult result = model.resultProperty().get();
        show(retry, results && result != null && result.failed() > 0);
        show(undo, results && result != null && !result.undoRequests().isEmpty());
        close.setDisable(running);
        if (results && result != null) {
            summary.setText(messages.get(result.cancelled() ? "changes.bulk.summary.cancelled" : "changes.bulk.summary.done",
                    result.succeeded(), result.refused(), result.failed(), result.stale(), result.notStarted()));
        } else if (!running) {
            BulkCounts counts = model.preview().counts();
            summary.setText(messages.get(phase == BulkFlowModel.Phase.NOT_CONFIRMED ? "changes.bulk.summary.notConfirmed"
                    : "changes.bulk.summary.preview", counts.willChange(), counts.alreadyInState(), counts.notEligible()));
        }
        showProgress();
    }

    private void showProgress() {
        int all = model.totalProperty().get();
        int finished = model.finishedProperty().get();
        progress.setProgress(all == 0 ? 0 : (double) finished / all);
        progressText.setText(messages.get("changes.bulk.progress", finished, all));
        if (model.phaseProperty().get() == BulkFlowModel.Phase.RUNNING) {
            summary.setText(messages.get("changes.bulk.summary.running", finished, all));
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
