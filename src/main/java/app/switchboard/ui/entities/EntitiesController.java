package app.switchboard.ui.entities;

import app.switchboard.derconnect.EntityType;
import app.switchboard.find.Findable;
import app.switchboard.find.Finder;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.ShortcutTarget;
import app.switchboard.ui.common.table.HeaderWidths;
import app.switchboard.ui.common.table.KeySortedTable;
import app.switchboard.ui.common.table.StatusBadge;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** Binds the Entities workspace to its {@link EntitiesViewModel}; all decisions live in the model. */
public class EntitiesController implements ShortcutTarget {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    /** The type's icon beside its name, and the gap between them. */
    private static final double TYPE_ICON = 24;

    private final EntitiesViewModel model;
    private final Messages messages;
    private final TimeWords time;
    private final ActivityHistory history;
    private final WriteAccess writeAccess;
    private final BulkFlow bulkFlow;
    private final Navigator navigator;

    @FXML private TextField search;
    @FXML private ToggleButton onlineAny;
    @FXML private ToggleButton onlineYes;
    @FXML private ToggleButton onlineNo;
    @FXML private FlowPane typeChips;
    @FXML private ProgressBar loadingBar;
    @FXML private Label status;
    @FXML private Button stop;
    @FXML private Button retry;
    @FXML private MenuButton bulk;
    @FXML private Button export;
    @FXML private Message failure;
    @FXML private Message incomplete;
    @FXML private SplitPane split;
    @FXML private TableView<EntityRow> table;
    @FXML private TableColumn<EntityRow, EntityRow> nameColumn;
    @FXML private TableColumn<EntityRow, EntityRow> typeColumn;
    @FXML private TableColumn<EntityRow, EntityRow> brandColumn;
    @FXML private TableColumn<EntityRow, EntityRow> identifierColumn;
    @FXML private TableColumn<EntityRow, EntityRow> onlineColumn;
    @FXML private TableColumn<EntityRow, EntityRow> lastSeenColumn;
    @FXML private TableColumn<EntityRow, EntityRow> createdColumn;
    @FXML private EntityDetailPane detail;
    private final Set<EntityType> chosenTypes = new HashSet<>();
    private final ToggleGroup onlineGroup = new ToggleGroup();
    private KeySortedTable<EntityRow> sorting;
    /** While the filter changes, the selection goes through steps the detail panel should not follow. */
    private boolean restoringSelection;

    public EntitiesController(EntitiesViewModel model, Messages messages, Clock clock, ActivityHistory history,
                              WriteAccess writeAccess, BulkFlow bulkFlow, Finder finder, Navigator navigator) {
        this.navigator = navigator;
        // every loaded entity is found by Ctrl+K as the operator types
        finder.addLoadedRows(() -> model.list().all(), row -> Findable.entity(row.entity()));
        this.model = model;
        this.history = history;
        this.writeAccess = writeAccess;
        this.bulkFlow = bulkFlow;
        this.messages = messages;
        this.time = new TimeWords(messages, clock);
    }

    /** The view's state, for tests that check what an action did beyond the screen. */
    EntitiesViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindFilters();
        bindTable();
        DetailPanelWidth.keep(split);
        bindStatus();
        detail.bind(model.detail(), messages, time, model::flip, history::newPane, writeAccess);
        detail.linkWith(model::linkTo);
        bindBulkMenu();
        EntityRequests.follow(navigator, model.list(), table, this::clearFilters, search::setText);
        table.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                model.hidden();
            } else {
                if (old == null) {
                    model.shownAgain();
                }
            }
        });
    }

    private void bindFilters() {
        search.setAccessibleText(messages.get("entities.search.accessible"));
        search.textProperty().addListener((obs, old, now) -> applyFilter());
        // from the search field straight into the results, without the mouse
        search.setOnKeyPressed(event -> {
            if ((event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.ENTER) && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
                event.consume();
            }
        });
        for (ToggleButton chip : List.of(onlineAny, onlineYes, onlineNo)) {
            chip.setToggleGroup(onlineGroup);
            chip.setAccessibleText(messages.get("entities.filter.online.accessible", chip.getText()));
        }
        onlineAny.setId("onlineAny");
        onlineYes.setId("onlineYes");
        onlineNo.setId("onlineNo");
        onlineGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                onlineAny.setSelected(true);
            }
            applyFilter();
        });
        for (EntityType type : EntityType.KNOWN) {
            ToggleButton chip = new ToggleButton(EntityTypes.title(messages, type), new FontIcon(EntityTypes.icon(type)));
            chip.setId("typeChip-" + type.value());
            chip.setAccessibleText(messages.get("entities.filter.type.accessible", chip.getText()));
            chip.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    chosenTypes.add(type);
                } else {
                    chosenTypes.remove(type);
                }
                applyFilter();
            });
            typeChips.getChildren().add(chip);
        }
    }

    /**
     * Filters the rows and keeps the selection and focus on the rows still shown. The table drops
     * its selection when its rows are replaced; the detail panel follows only the outcome, not the
     * steps in between.
     */
    private void applyFilter() {
        OnlineFilter online = onlineYes.isSelected() ? OnlineFilter.ONLINE
                : onlineNo.isSelected() ? OnlineFilter.OFFLINE : OnlineFilter.ANY;
        EntityRow before = table.getSelectionModel().getSelectedItem();
        List<EntityRow> chosen = List.copyOf(table.getSelectionModel().getSelectedItems());
        EntityRow focused = table.getFocusModel().getFocusedItem();
        restoringSelection = true;
        try {
            model.list().filterProperty().set(new EntityFilter(search.getText(), chosenTypes, online));
            KeySortedTable.reselect(table, chosen, focused);
        } finally {
            restoringSelection = false;
        }
        EntityRow after = table.getSelectionModel().getSelectedItem();
        if (after != before) {
            model.select(after);
        }
    }

    private void clearFilters() {
        search.setText("");
        typeChips.getChildren().forEach(chip -> ((ToggleButton) chip).setSelected(false));
        onlineAny.setSelected(true);
    }

    private void bindTable() {
        table.setItems(model.list().visible());
        sorting = new KeySortedTable<>(table, model.list()::sortBy);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        HeaderWidths.fitValues(lastSeenColumn, time.typicalRelative());
        HeaderWidths.fitValues(createdColumn, time.typicalDates());
        HeaderWidths.fitValues(typeColumn, EntityType.KNOWN.stream().map(type -> EntityTypes.title(messages, type)).toList(),
                TYPE_ICON);
        HeaderWidths.keepWhole(table);
        NameColumnWidth.keep(table, nameColumn, model.list().visible(), List.of(createdColumn, lastSeenColumn));
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.setId("entitiesPlaceholder");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.accessibleTextProperty().bind(Bindings.createStringBinding(() -> messages.get("entities.table.accessible",
                model.environmentName()), model.placeholderProperty()));
        textColumn(nameColumn, EntityColumn.NAME, EntityRow::name);
        textColumn(brandColumn, EntityColumn.BRAND, EntityRow::brand);
        textColumn(identifierColumn, EntityColumn.IDENTIFIER, EntityRow::identifier);
        cells(typeColumn, EntityColumn.TYPE, (cell, row) -> {
            cell.setText(row.type() == null ? "—" : EntityTypes.title(messages, row.type()));
            FontIcon icon = new FontIcon(EntityTypes.icon(row.type()));
            icon.getStyleClass().add("entities-type-icon");
            cell.setGraphic(icon);
        });
        cells(onlineColumn, EntityColumn.ONLINE, (cell, row) -> cell.setGraphic(onlineBadge(cell.badge(), row.online())));
        cells(lastSeenColumn, EntityColumn.LAST_SEEN, (cell, row) -> {
            cell.setText(time.relative(row.lastSeen()));
            cell.tip(time.exact(row.lastSeen()));
        });
        cells(createdColumn, EntityColumn.CREATED, (cell, row) -> {
            cell.setText(time.date(row.created()));
            cell.tip(time.exact(row.created()));
        });
        Bindings.bindContent(model.selected(), table.getSelectionModel().getSelectedItems());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!restoringSelection) {
                model.select(now);
            }
        });
        MenuItem copy = new MenuItem();
        copy.textProperty().bind(Bindings.createStringBinding(() -> model.selected().size() > 1
                ? messages.get("entities.action.copyIds", model.selected().size())
                : messages.get("entities.action.copyId"), model.selected()));
        copy.setAccelerator(COPY);
        copy.setOnAction(event -> copySelectedIds());
        copy.disableProperty().bind(Bindings.isEmpty(model.selected()));
        table.setContextMenu(new ContextMenu(copy));
        table.setOnKeyPressed(event -> {
            if (COPY.match(event)) {
                copySelectedIds();
                event.consume();
            }
        });
    }

    private void textColumn(TableColumn<EntityRow, EntityRow> column, EntityColumn key, Function<EntityRow, String> text) {
        cells(column, key, (cell, row) -> {
            cell.setText(text.apply(row));
            // the column may be narrower than the text; the tooltip shows it whole
            cell.tip(cell.getText());
        });
    }

    private void cells(TableColumn<EntityRow, EntityRow> column, EntityColumn key,
                       java.util.function.BiConsumer<EntityCell, EntityRow> fill) {
        sorting.sortBy(column, key.key());
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new EntityCell(fill));
    }

    private StatusBadge onlineBadge(StatusBadge badge, Boolean online) {
        if (online == null) {
            badge.show(messages.get("entities.online.unknown"), MaterialDesignH.HELP_CIRCLE_OUTLINE, StatusBadge.Tone.NEUTRAL);
        } else if (online) {
            badge.show(messages.get("entities.online.yes"), MaterialDesignC.CHECK_CIRCLE_OUTLINE, StatusBadge.Tone.SUCCESS);
        } else {
            badge.show(messages.get("entities.online.no"), MaterialDesignL.LAN_DISCONNECT, StatusBadge.Tone.WARNING);
        }
        return badge;
    }

    private void bindStatus() {
        status.textProperty().bind(model.statusProperty());
        status.setId("entitiesStatus");
        var loading = model.list().stateProperty().isEqualTo(LoadState.LOADING);
        loadingBar.visibleProperty().bind(loading);
        loadingBar.managedProperty().bind(loading);
        stop.visibleProperty().bind(loading);
        stop.managedProperty().bind(loading);
        stop.setAccessibleText(messages.get("entities.action.stop.accessible"));
        var retryable = model.list().stateProperty().isEqualTo(LoadState.FAILED)
                .or(model.list().stateProperty().isEqualTo(LoadState.STOPPED));
        retry.visibleProperty().bind(retryable);
        retry.managedProperty().bind(retryable);
        retry.setAccessibleText(messages.get("entities.action.retry.accessible"));
        retry.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(Bindings.isEmpty(model.list().visible()));
        export.accessibleTextProperty().bind(Bindings.createStringBinding(() ->
                messages.get("entities.action.export.accessible", model.list().visible().size()), model.list().visible()));
        bulk.setAccessibleText(messages.get("entities.action.bulk.accessible"));
        failure.setTitle(messages.get("entities.failure.title"));
        failure.descriptionProperty().bind(model.list().failureProperty());
        var failed = model.list().stateProperty().isEqualTo(LoadState.FAILED);
        failure.visibleProperty().bind(failed);
        failure.managedProperty().bind(failed);
        incomplete.setTitle(messages.get("entities.incomplete.title"));
        incomplete.descriptionProperty().bind(model.list().incompleteProperty());
        incomplete.visibleProperty().bind(model.list().incompleteProperty().isNotNull());
        incomplete.managedProperty().bind(incomplete.visibleProperty());
    }

    private void bindBulkMenu() {
        bulk.disableProperty().bind(Bindings.isEmpty(model.selected()));
        for (KnownFeature feature : KnownFeature.ALL) {
            for (boolean on : new boolean[] {true, false}) {
                MenuItem item = new MenuItem();
                item.setId((on ? "bulkEnable-" : "bulkDisable-") + feature.name());
                item.textProperty().bind(Bindings.createStringBinding(() -> messages.get(on
                        ? "entities.action.bulk.enable" : "entities.action.bulk.disable", feature.name(),
                        model.selected().size()), model.selected()));
                item.setOnAction(event -> model.bulk(feature, on, candidates -> bulkFlow.open(candidates, on)));
                bulk.getItems().add(item);
            }
        }
    }

    private void copySelectedIds() {
        List<EntityRow> rows = new ArrayList<>(model.selected());
        if (rows.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(EntitiesViewModel.idsOf(rows));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void stop() {
        model.list().stop();
    }

    @FXML
    private void retry() {
        model.retry();
    }

    @FXML
    private void openById() {
        var window = table.getScene().getWindow();
        OpenByIdDialog.ask(messages, new OpenByIdDialog.Sources(fill -> model.recentlyUsed(history, fill),
                model::onboardedIds, OpenByIdDialog.fileChooser(messages, window), model::readIdFile,
                model::idSummary), window).ifPresent(model::openByIds);
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("entities.export.title"));
        chooser.setInitialFileName(messages.get("entities.export.fileName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("entities.export.csv"), "*.csv"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            model.exportVisible(file.toPath());
        }
    }

    @Override
    public boolean focusSearch() {
        search.requestFocus();
        return true;
    }

    @Override
    public boolean refreshView() {
        model.retry();
        return true;
    }

    @Override
    public boolean exportView() {
        return ShortcutTarget.press(export);
    }

    @Override
    public java.util.Map<Action, javafx.scene.control.Control> shortcutControls() {
        return java.util.Map.of(Action.SEARCH, search, Action.EXPORT, export);
    }
}
