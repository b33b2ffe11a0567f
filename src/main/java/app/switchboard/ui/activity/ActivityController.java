package app.switchboard.ui.activity;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.ui.common.change.SwitchWords;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.ShortcutTarget;
import app.switchboard.ui.common.table.EmptyStatePane;
import app.switchboard.ui.common.table.HeaderWidths;
import app.switchboard.ui.common.table.StatusBadge;
import java.io.File;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/** Binds the Activity view to its {@link ActivityViewModel}. */
public class ActivityController implements ShortcutTarget {
    private final ActivityViewModel model;
    private final Messages messages;
    private final app.switchboard.text.DateTexts times;

    @FXML private EmptyStatePane emptyState;
    @FXML private TableView<ActivityEntry> table;
    @FXML private ComboBox<FilterChoice<String>> environmentFilter;
    @FXML private ComboBox<FilterChoice<OutcomeKind>> outcomeFilter;
    @FXML private ComboBox<FilterChoice<String>> userFilter;
    @FXML private TextField textFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker untilFilter;
    @FXML private Label count;
    @FXML private Label activitySubtitle;
    @FXML private Label activityArrival;
    @FXML private Button export;
    @FXML private Button refresh;
    @FXML private ToggleButton localScope;
    @FXML private ToggleButton teamScope;
    @FXML private Button more;
    @FXML private javafx.scene.layout.HBox moreBox;

    public ActivityController(ActivityViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.times = app.switchboard.text.DateTexts.of(messages.locale(), ZoneId.systemDefault());
    }

    public ActivityViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        emptyState.bind(model.emptyStateProperty());
        emptyState.visibleProperty().bind(Bindings.isEmpty(model.shown()));
        emptyState.setMouseTransparent(true);
        bindFilters();
        bindScope();
        buildTable();
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("activity.count", model.shown().size(), model.loadedCount()), model.shown()));
        export.disableProperty().bind(Bindings.isEmpty(model.shown()));
        export.setAccessibleText(messages.get("activity.export.tooltip"));
        model.reload();
    }

    private void bindFilters() {
        environmentFilter.setItems(model.environments());
        environmentFilter.valueProperty().bindBidirectional(model.environmentProperty());
        environmentFilter.setAccessibleText(messages.get("activity.column.environment"));
        userFilter.setItems(model.users());
        userFilter.valueProperty().bindBidirectional(model.userProperty());
        userFilter.setAccessibleText(messages.get("activity.column.user"));
        outcomeFilter.setItems(model.outcomes());
        outcomeFilter.valueProperty().bindBidirectional(model.outcomeProperty());
        outcomeFilter.setAccessibleText(messages.get("activity.column.outcome"));
        textFilter.textProperty().bindBidirectional(model.textProperty());
        textFilter.setAccessibleText(messages.get("activity.filter.text"));
        fromFilter.valueProperty().bindBidirectional(model.fromProperty());
        fromFilter.setAccessibleText(messages.get("activity.filter.from"));
        untilFilter.valueProperty().bindBidirectional(model.untilProperty());
        untilFilter.setAccessibleText(messages.get("activity.filter.until"));
    }

    /** This computer / Team: the Team side only when a team database is set up. */
    private void bindScope() {
        ToggleGroup scope = new ToggleGroup();
        localScope.setToggleGroup(scope);
        teamScope.setToggleGroup(scope);
        scope.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.teamScopeProperty().set(now == teamScope);
            }
        });
        teamScope.setDisable(!model.teamAvailable());
        if (!model.teamAvailable()) {
            Tooltip why = new Tooltip(messages.get("activity.scope.teamUnavailable"));
            Tooltip.install(teamScope.getParent(), why);
        }
        teamScope.setAccessibleText(messages.get("activity.scope.team"));
        // the Team scope shows the whole team's changes, not this computer's
        activitySubtitle.textProperty().bind(Bindings.when(model.teamScopeProperty())
                .then(messages.get("activity.subtitle.team")).otherwise(messages.get("activity.subtitle")));
        activityArrival.textProperty().bind(model.arrivalProperty());
        activityArrival.visibleProperty().bind(model.teamScopeProperty().and(model.arrivalProperty().isNotEmpty()));
        activityArrival.managedProperty().bind(activityArrival.visibleProperty());
        moreBox.visibleProperty().bind(model.teamScopeProperty().and(model.moreProperty()));
        moreBox.managedProperty().bind(moreBox.visibleProperty());
    }

    @FXML
    private void loadMore() {
        model.loadMore();
    }

    private void buildTable() {
        SortedList<ActivityEntry> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setId("activityTable");
        table.setAccessibleText(messages.get("activity.title"));
        table.setPlaceholder(new Label("")); // the empty-state pane above the table explains an empty log
        TableColumn<ActivityEntry, java.time.Instant> time = new TableColumn<>(messages.get("activity.column.time"));
        time.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        time.setCellFactory(c -> textCell(times::exact));
        time.setPrefWidth(195);
        // the widest time of a day in this language, so that the column never cuts one to "..."
        java.time.Instant day = java.time.Instant.parse("2026-12-28T00:59:59Z");
        HeaderWidths.fitValues(time, java.util.stream.IntStream.range(0, 24)
                .mapToObj(hour -> times.exact(day.plusSeconds(hour * 3600L))).toList());
        HeaderWidths.keepWhole(table);
        TableColumn<ActivityEntry, OutcomeKind> outcome = new TableColumn<>(messages.get("activity.column.outcome"));
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome().kind()));
        outcome.setCellFactory(c -> new TableCell<>() {
            private final StatusBadge badge = new StatusBadge();

            @Override
            protected void updateItem(OutcomeKind kind, boolean empty) {
                super.updateItem(kind, empty);
                if (!empty && kind != null) {
                    badge.showOutcome(kind, messages);
                }
                setGraphic(empty || kind == null ? null : badge);
            }
        });
        outcome.setPrefWidth(120);
        TableColumn<ActivityEntry, Long> duration = column("activity.column.duration", ActivityEntry::durationMs, 80);
        duration.setCellFactory(c -> textCell(ms -> messages.get("activity.duration", ms)));
        table.getColumns().setAll(List.of(time,
                whoColumn(),
                column("activity.column.environment", ActivityEntry::environment, 100),
                withTooltips(column("activity.column.target", e -> messages.text(e.targetText()), 300)),
                withTooltips(column("activity.column.change", this::change, 200)),
                outcome,
                undoColumn(),
                withTooltips(column("activity.column.message", e -> messages.text(e.outcome().text()), 240)),
                column("activity.column.user", ActivityEntry::user, 90),
                column("activity.column.api", e -> e.api().displayName(), 90),
                duration,
                column("activity.column.requestId", ActivityEntry::requestId, 120)));
        time.setSortType(TableColumn.SortType.DESCENDING);
    }

    /** Who made a team row on which desk; empty and hidden for this computer's own log. */
    private TableColumn<ActivityEntry, String> whoColumn() {
        TableColumn<ActivityEntry, String> who = column("activity.column.who", model::who, 150);
        who.visibleProperty().bind(model.teamScopeProperty());
        return who;
    }

    /** What was attempted (before → asked for); when it did not happen, also the state it stayed in. */
    String change(ActivityEntry e) {
        String action = e.action() == null ? "" : messages.get("activity.action." + e.action());
        String attempted = messages.get("activity.change", action, state(e, e.before()), state(e, e.desired()));
        boolean notApplied = e.outcome().kind() != OutcomeKind.SUCCEEDED && e.after() != null
                && !e.after().equals(e.desired());
        return notApplied ? messages.get("activity.change.notApplied", attempted, state(e, e.after())) : attempted;
    }

    private String state(ActivityEntry e, Boolean on) {
        return on == null ? "?" : SwitchWords.state(e.api(), on, messages);
    }

    private <T extends Comparable<T>> TableColumn<ActivityEntry, T> column(String key, Function<ActivityEntry, T> value,
                                                                           double width) {
        TableColumn<ActivityEntry, T> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /** Long targets and messages are cut off by the column: the tooltip carries the full text. */
    private static TableColumn<ActivityEntry, String> withTooltips(TableColumn<ActivityEntry, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean blank = empty || text == null || text.isBlank();
                setText(blank ? null : text);
                tip.setText(blank ? null : text);
                tip.setWrapText(true);
                tip.setMaxWidth(600);
                setTooltip(blank ? null : tip);
            }
        });
        return column;
    }

    private static <T> TableCell<ActivityEntry, T> textCell(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty || value == null ? null : format.apply(value));
            }
        };
    }

    private TableColumn<ActivityEntry, ActivityEntry> undoColumn() {
        TableColumn<ActivityEntry, ActivityEntry> undo = new TableColumn<>(messages.get("activity.column.undo"));
        undo.setSortable(false);
        undo.setPrefWidth(70);
        undo.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        undo.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button(null, new FontIcon(MaterialDesignU.UNDO_VARIANT));
            private final StackPane holder = new StackPane(button);
            private final Tooltip tip = new Tooltip();

            {
                button.getStyleClass().addAll("flat", "activity-undo");
                tip.setWrapText(true);
                tip.setMaxWidth(380);
                Tooltip.install(holder, tip);
            }

            @Override
            protected void updateItem(ActivityEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                if (empty || entry == null) {
                    setGraphic(null);
                    return;
                }
                var why = model.whyNotUndoable(entry);
                button.setDisable(why.isPresent());
                tip.setText(why.orElse(messages.get("activity.undo.tooltip")));
                button.setAccessibleText(messages.get("activity.undo.accessible", messages.text(entry.targetText()),
                        times.exact(entry.time())) + (why.isPresent() ? " — " + why.get() : ""));
                button.setOnAction(e -> model.undo(entry));
                setGraphic(holder);
            }
        });
        return undo;
    }

    @FXML
    private void refresh() {
        model.reload();
    }

    @FXML
    private void clearFilters() {
        model.clearFilters();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("activity.export.chooser"));
        chooser.setInitialFileName(messages.get("activity.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath());
        }
    }

    @Override
    public boolean focusSearch() {
        textFilter.requestFocus();
        return true;
    }

    @Override
    public boolean refreshView() {
        model.reload();
        return true;
    }

    @Override
    public boolean exportView() {
        return ShortcutTarget.press(export);
    }

    @Override
    public java.util.Map<Action, javafx.scene.control.Control> shortcutControls() {
        return java.util.Map.of(Action.SEARCH, textFilter, Action.REFRESH, refresh, Action.EXPORT, export);
    }
}
