package app.switchboard.ui.review;

import app.switchboard.audit.Api;
import app.switchboard.ops.review.FeatureUsage;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.ShortcutTarget;
import app.switchboard.ui.common.table.EmptyStatePane;
import app.switchboard.ui.common.table.ScrollIntoView;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/** Binds the Review view to its {@link ReviewViewModel}. */
public class ReviewController implements ShortcutTarget {
    private static final int CUSTOM = -1;

    private final ReviewViewModel model;
    private final ReviewTexts texts;
    private final BulkFlow bulkFlow;
    private final WriteAccess writeAccess;

    @FXML private Button scanButton;
    @FXML private Button cancelButton;
    @FXML private HBox progressBox;
    @FXML private ProgressBar scanProgress;
    @FXML private Label scanMessage;
    @FXML private Label asOfLabel;
    @FXML private Message notice;
    @FXML private EmptyStatePane emptyState;
    @FXML private TabPane tabs;
    @FXML private FlowPane summaryStrip;
    @FXML private Label summaryTotal;
    @FXML private BarChart<String, Number> expirationChart;
    @FXML private HBox queueButtons;
    @FXML private HBox horizonBox;
    @FXML private ComboBox<Integer> horizonChoice;
    @FXML private Spinner<Integer> customDays;
    @FXML private Label queueExplanation;
    @FXML private TableView<ReviewRow> queueTable;
    @FXML private Label selectionLabel;
    @FXML private Button openButton;
    @FXML private Button switchOnButton;
    @FXML private Button switchOffButton;
    @FXML private Button exportButton;
    @FXML private TableView<FeatureUsage> featureTable;
    @FXML private Tab featuresTab;
    @FXML private TextField filterField;

    public ReviewController(ReviewViewModel model, BulkFlow bulkFlow, WriteAccess writeAccess) {
        this.model = model;
        this.texts = model.texts();
        this.bulkFlow = bulkFlow;
        this.writeAccess = writeAccess;
    }

    public ReviewViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindScan();
        bindResult();
        bindQueueSelector();
        bindQueueTable();
        filterField.textProperty().bindBidirectional(model.filterProperty());
        filterField.disableProperty().bind(model.readingProperty());
        filterField.setAccessibleText(texts.get("review.filter.accessible"));
        FeatureTable.configure(featureTable, texts);
        featureTable.setItems(model.features());
        featureTable.setAccessibleText(texts.get("review.tab.features"));
        bindFeatureRequests();
        model.openStored();
        model.takeRequest();
    }

    /**
     * A feature opened from Ctrl+K: the catalogue tab with its row selected and in view. The
     * selected feature stays selected when a new scan replaces the catalogue.
     */
    private void bindFeatureRequests() {
        String[] kept = new String[1];
        featureTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                kept[0] = now.feature().id();
            }
        });
        model.features().addListener((ListChangeListener<FeatureUsage>) change -> {
            // selected again and scrolled to after every replacement: a replaced catalogue may keep
            // the selection by index but not the row in view
            if (kept[0] != null) {
                selectFeature(kept[0]);
            }
        });
        model.onFeatureShown(usage -> {
            tabs.getSelectionModel().select(featuresTab);
            selectFeature(usage.feature().id());
            featureTable.requestFocus();
        });
    }

    private void selectFeature(String id) {
        for (int i = 0; i < featureTable.getItems().size(); i++) {
            if (id.equals(featureTable.getItems().get(i).feature().id())) {
                int index = i;
                featureTable.getSelectionModel().clearAndSelect(index);
                ScrollIntoView.row(featureTable, index);
                return;
            }
        }
    }

    private void bindScan() {
        scanButton.textProperty().bind(Bindings.when(model.snapshotProperty().isNull())
                .then(texts.get("review.scan")).otherwise(texts.get("review.refresh")));
        scanButton.setAccessibleText(texts.get("review.scan.accessible"));
        scanButton.disableProperty().bind(model.scanningProperty());
        scanButton.setOnAction(e -> model.scan());
        scanButton.setTooltip(new Tooltip(texts.get("review.scan.tooltip")));
        scanButton.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null && !scene.getProperties().containsKey(ReviewController.class)) {
                scene.getProperties().put(ReviewController.class, Boolean.TRUE);
                // F5 rescans while this view is the one on screen (the shell keeps left views detached)
                scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.F5 && scanButton.getScene() == scene && !scanButton.isDisabled()) {
                        model.scan();
                        e.consume();
                    }
                });
            }
        });
        cancelButton.setAccessibleText(texts.get("review.scan.cancel"));
        cancelButton.visibleProperty().bind(model.scanningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(e -> model.cancelScan());
        progressBox.visibleProperty().bind(model.scanningProperty());
        progressBox.managedProperty().bind(progressBox.visibleProperty());
        model.scanProperty().addListener((obs, old, task) -> showScan(task));
        asOfLabel.textProperty().bind(model.asOfProperty());
        notice.descriptionProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
    }

    private void showScan(RunningTask task) {
        scanProgress.progressProperty().unbind();
        scanMessage.textProperty().unbind();
        if (task != null) {
            scanProgress.progressProperty().bind(task.progressProperty());
            scanMessage.textProperty().bind(task.messageProperty());
        }
    }

    private void bindResult() {
        emptyState.bind(model.emptyStateProperty());
        emptyState.visibleProperty().bind(model.placeholderShownProperty());
        tabs.visibleProperty().bind(model.placeholderShownProperty().not());
        ReviewOverview overview = new ReviewOverview(texts, summaryStrip, summaryTotal, expirationChart);
        model.statusCountsProperty().addListener((obs, old, counts) ->
                overview.showCounts(counts, model.snapshotProperty().get()));
        model.weeks().addListener((ListChangeListener<Object>) change -> overview.showWeeks(List.copyOf(model.weeks())));
    }

    private void bindQueueSelector() {
        ToggleGroup group = new ToggleGroup();
        ReviewQueue[] queues = ReviewQueue.values();
        for (int i = 0; i < queues.length; i++) {
            ReviewQueue queue = queues[i];
            ToggleButton button = new ToggleButton();
            button.setId("queue-" + queue.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == queues.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setToggleGroup(group);
            button.setUserData(queue);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.setSelected(queue == model.queueProperty().get());
            button.textProperty().bind(Bindings.createStringBinding(() -> {
                Integer size = model.queueSizesProperty().get().get(queue);
                return size == null ? texts.queue(queue) : texts.get("review.queue.withCount", texts.queue(queue), size);
            }, model.queueSizesProperty()));
            button.accessibleTextProperty().bind(button.textProperty());
            queueButtons.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.queueProperty().set((ReviewQueue) now.getUserData());
            }
        });
        horizonBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.queueProperty().get().hasHorizon(),
                model.queueProperty()));
        horizonBox.managedProperty().bind(horizonBox.visibleProperty());
        bindHorizon();
        queueExplanation.textProperty().bind(model.queueExplanationProperty());
    }

    private void bindHorizon() {
        horizonChoice.getItems().setAll(ReviewViewModel.PRESET_DAYS);
        horizonChoice.getItems().add(CUSTOM);
        horizonChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer days) {
                return days == null ? "" : days == CUSTOM ? texts.get("review.horizon.custom")
                        : texts.get("review.horizon.days", days);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        horizonChoice.setAccessibleText(texts.get("review.horizon.accessible"));
        int days = model.horizonDaysProperty().get();
        horizonChoice.setValue(ReviewViewModel.PRESET_DAYS.contains(days) ? days : CUSTOM);
        customDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3650, days));
        customDays.setAccessibleText(texts.get("review.horizon.customAccessible"));
        customDays.visibleProperty().bind(horizonChoice.valueProperty().isEqualTo(CUSTOM));
        customDays.managedProperty().bind(customDays.visibleProperty());
        horizonChoice.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != CUSTOM) {
                model.horizonDaysProperty().set(now);
            } else if (now != null) {
                model.horizonDaysProperty().set(customDays.getValue());
            }
        });
        customDays.valueProperty().addListener((obs, old, now) -> {
            if (now != null && horizonChoice.getValue() == CUSTOM) {
                model.horizonDaysProperty().set(now);
            }
        });
    }

    private void bindQueueTable() {
        QueueTable.configure(queueTable, texts);
        queueTable.setItems(model.rows());
        queueTable.accessibleTextProperty().bind(model.queueExplanationProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.readingProperty())
                .then(texts.get("review.queue.reading")).otherwise(texts.get("review.queue.empty")));
        queueTable.setPlaceholder(placeholder);
        // while a kept scan's rows are read the table holds only a queue's first rows: sorting them
        // would put a part of the queue in order and look like the whole
        model.readingProperty().addListener((obs, was, reading) -> {
            if (reading) {
                queueTable.getSortOrder().clear();
            }
        });
        queueTable.getColumns().forEach(column -> column.sortableProperty().bind(model.readingProperty().not()));
        queueTable.setRowFactory(table -> {
            TableRow<ReviewRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.openInSubscriptions(row.getItem());
                }
            });
            return row;
        });
        var selected = queueTable.getSelectionModel().getSelectedItems();
        selectionLabel.textProperty().bind(Bindings.createStringBinding(() -> model.readingProperty().get()
                ? texts.get("review.selection.reading", model.rows().size())
                : texts.get("review.selection", selected.size(), model.rows().size()), selected, model.rows(), model.readingProperty()));
        openButton.disableProperty().bind(Bindings.size(selected).isNotEqualTo(1));
        openButton.setAccessibleText(texts.get("review.open.accessible"));
        openButton.setOnAction(e -> model.openInSubscriptions(selected.get(0)));
        exportButton.setAccessibleText(texts.get("review.export.accessible"));
        exportButton.disableProperty().bind(Bindings.isEmpty(model.rows()).or(model.readingProperty()));
        exportButton.setOnAction(e -> export());
        bindSwitch(switchOnButton, true, selected);
        bindSwitch(switchOffButton, false, selected);
    }

    /** Switches the selection through the bulk flow: preview, one confirmation, progress, results. */
    private void bindSwitch(Button button, boolean on, javafx.collections.ObservableList<ReviewRow> selected) {
        button.disableProperty().bind(Bindings.isEmpty(selected).or(writeAccess.readOnly(Api.FYNN)).or(model.readingProperty()));
        button.setAccessibleText(texts.get(on ? "review.switchOn.accessible" : "review.switchOff.accessible"));
        button.setOnAction(e -> bulkFlow.open(model.bulkCandidates(List.copyOf(selected)), on));
    }

    /** Exports the selected rows, or the whole queue when nothing is selected. */
    private void export() {
        List<ReviewRow> chosen = queueTable.getSelectionModel().getSelectedItems().isEmpty()
                ? List.copyOf(model.rows()) : List.copyOf(queueTable.getSelectionModel().getSelectedItems());
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("review.export.title"));
        chooser.setInitialFileName(texts.get("review.export.fileName",
                model.queueProperty().get().name().toLowerCase(java.util.Locale.ROOT)));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(queueTable.getScene().getWindow());
        if (file != null) {
            model.exportCsv(chosen, file.toPath());
        }
    }

    /** Ctrl+F: the filter of the queue table, on the queues tab. */
    @Override
    public boolean focusSearch() {
        tabs.getSelectionModel().select(0);
        filterField.requestFocus();
        return true;
    }

    @Override
    public Map<Action, Control> shortcutControls() {
        return Map.of(Action.SEARCH, filterField, Action.REFRESH, scanButton, Action.EXPORT, exportButton);
    }

    @Override
    public boolean refreshView() {
        return ShortcutTarget.press(scanButton);
    }

    @Override
    public boolean exportView() {
        return ShortcutTarget.press(exportButton);
    }
}
