package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.SubscriptionStatus;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.ui.common.table.HeaderWidths;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Binds the Subscriptions view to its {@link SubscriptionsViewModel}: the list page with search,
 * status chips and pager, and the detail page ({@link SubscriptionDetailView}) in its place once a
 * subscription is opened.
 */
public class SubscriptionsController implements app.switchboard.ui.common.fx.ShortcutTarget {
    private final SubscriptionsViewModel model;
    private final Messages messages;
    private final app.switchboard.text.DateTexts dates;
    private final Clock clock;
    private final WriteAccess writeAccess;
    private final ActivityHistory history;
    private SubscriptionDetailView detail;

    private final SubscriptionExport export;
    private Function<String, Optional<Path>> chooseExportFile = this::saveDialog;
    @FXML private StackPane pages;
    @FXML private VBox listPage;
    @FXML private TextField searchField;
    @FXML private Button searchButton;
    @FXML private HBox statusChips;
    @FXML private StackPane listArea;
    @FXML private TableView<SubscriptionRow> subscriptionTable;
    @FXML private TableColumn<SubscriptionRow, String> numberColumn;
    @FXML private TableColumn<SubscriptionRow, SubscriptionRow> customerColumn;
    @FXML private TableColumn<SubscriptionRow, SubscriptionStatus> statusColumn;
    @FXML private TableColumn<SubscriptionRow, OffsetDateTime> activatedColumn;
    @FXML private TableColumn<SubscriptionRow, OffsetDateTime> contractEndColumn;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Label pageSummary;
    @FXML private TextField pageJump;
    @FXML private ComboBox<Integer> pageSizeChoice;

    public SubscriptionsController(SubscriptionsViewModel model, Messages messages, Clock clock, WriteAccess writeAccess,
                                   ActivityHistory history, TaskRunner tasks, Notifier notifier,
                                   app.switchboard.find.Finder finder) {
        // the page's subscriptions and their customers are found by Ctrl+K without asking the server
        finder.addLoaded(() -> model.rows().stream().flatMap(SubscriptionRow::findables));
        this.export = new SubscriptionExport(model, tasks, messages, notifier);
        model.detail().missingEntitlementProperty().addListener((obs, old, id) -> {
            SubscriptionRow shown = model.detail().subscriptionProperty().get();
            if (id != null && shown != null) {
                notifier.post(app.switchboard.ui.common.notice.Notice.of(app.switchboard.ui.common.notice.Notice.Kind.REFUSED,
                        messages.get("subscriptions.detail.entitlementMissing.title"),
                        messages.get("subscriptions.detail.entitlementMissing", id, shown.number())));
            }
        });
        this.model = model;
        this.history = history;
        this.writeAccess = writeAccess;
        this.messages = messages;
        this.clock = clock;
        this.dates = app.switchboard.text.DateTexts.of(messages.locale(), clock.getZone());
    }

    /** For tests: answers the save dialog instead of the operator. */
    void chooseExportFileWith(Function<String, Optional<Path>> chooser) {
        this.chooseExportFile = chooser;
    }

    /** For tests: the detail page. */
    SubscriptionDetailView detail() {
        return detail;
    }

    /** For tests: the view model this view shows. */
    SubscriptionsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        searchField.setAccessibleText(messages.get("subscriptions.search.accessible"));
        searchField.setOnAction(event -> search());
        if (!model.searchShownProperty().get().isEmpty()) {
            searchField.setText(model.searchShownProperty().get());
        }
        model.searchShownProperty().addListener((obs, old, now) -> searchField.setText(now));
        buildStatusChips();
        buildColumns();
        buildPager();
        listArea.getChildren().add(new LoadOverlay("list", model.loading(), messages.get("subscriptions.loading"),
                "mdi2c-credit-card-outline", this::emptyState, messages.get("subscriptions.error.heading"),
                model.problemProperty(), messages.get("common.action.retry"), model::retry));

        detail = new SubscriptionDetailView(model.detail(), writeAccess, history.newPane(),
                messages.get("common.action.retry"));
        detail.setOnBack(() -> {
            model.detail().close();
            subscriptionTable.requestFocus();
        });
        pages.getChildren().add(detail);
        detail.visibleProperty().bind(model.detail().subscriptionProperty().isNotNull());
        listPage.visibleProperty().bind(model.detail().subscriptionProperty().isNull());
    }

    private EmptyState emptyState() {
        if (model.stateProperty().get() == LoadState.NOT_CONNECTED) {
            return new EmptyState(messages.get("subscriptions.notConnected.heading"),
                    messages.get("subscriptions.notConnected.message"));
        }
        return new EmptyState(messages.get("subscriptions.empty.heading"),
                messages.get(model.isFiltered() ? "subscriptions.empty.filtered" : "subscriptions.empty.none"));
    }

    @FXML
    private void search() {
        model.search(searchField.getText());
    }

    @FXML
    private void firstPage() {
        model.firstPage();
    }

    @FXML
    private void previousPage() {
        model.previousPage();
    }

    @FXML
    private void nextPage() {
        model.nextPage();
    }

    @FXML
    private void lastPage() {
        model.lastPage();
    }

    @FXML
    private void jumpToPage() {
        try {
            model.goToPage(Integer.parseInt(pageJump.getText().strip()));
        } catch (NumberFormatException notANumber) {
            pageJump.selectAll();
            return;
        }
        pageJump.clear();
    }

    private void buildStatusChips() {
        ToggleGroup group = new ToggleGroup();
        statusChips.getChildren().add(chip(group, null, messages.get("subscriptions.filter.all")));
        for (SubscriptionStatus status : SubscriptionStatus.KNOWN) {
            statusChips.getChildren().add(chip(group, status, messages.get("subscriptions.status." + status.value())));
        }
        group.selectToggle(group.getToggles().get(0));
        // a chip cannot be unselected by clicking it again: exactly one filter is always chosen
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old);
            } else if (!java.util.Objects.equals(now.getUserData(), model.statusFilterProperty().get())) {
                model.filterByStatus((SubscriptionStatus) now.getUserData());
            }
        });
    }

    private ToggleButton chip(ToggleGroup group, SubscriptionStatus status, String text) {
        ToggleButton chip = new ToggleButton(text);
        chip.setToggleGroup(group);
        chip.setUserData(status);
        chip.setId("statusChip-" + (status == null ? "all" : status.value()));
        chip.setAccessibleText(messages.get("subscriptions.filter.accessible", text));
        return chip;
    }

    private void buildColumns() {
        subscriptionTable.setItems(model.rows());
        HeaderWidths.keepWhole(subscriptionTable);
        subscriptionTable.setAccessibleText(messages.get("subscriptions.table.accessible"));
        subscriptionTable.setPlaceholder(new Label(""));
        numberColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().number()));
        customerColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        customerColumn.setCellFactory(column -> new CustomerCell(messages));
        statusColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().status()));
        statusColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(SubscriptionStatus status, boolean empty) {
                super.updateItem(status, empty);
                setText(null);
                setGraphic(empty ? null : StatusBadges.subscription(status, messages));
            }
        });
        activatedColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().activatedAt()));
        activatedColumn.setCellFactory(column -> dateCell(time -> time == null ? "—" : format(time)));
        contractEndColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().contractEnd()));
        contractEndColumn.setCellFactory(column -> dateCell(time -> time == null
                ? messages.get("subscriptions.contractEnd.open") : format(time)));

        statusColumn.setUserData("status");
        activatedColumn.setUserData("activatedAt");
        contractEndColumn.setUserData("contractDetails.contractEnd");
        // Fynn pages the list, so a sort must happen on the server to cover every page
        subscriptionTable.setSortPolicy(table -> {
            TableColumn<SubscriptionRow, ?> first = table.getSortOrder().isEmpty() ? null : table.getSortOrder().get(0);
            model.sortBy(first == null ? null : (String) first.getUserData(),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });

        subscriptionTable.setRowFactory(table -> {
            TableRow<SubscriptionRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        subscriptionTable.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                model.open(subscriptionTable.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
    }

    private String format(OffsetDateTime time) {
        return dates.date(time);
    }

    private static TableCell<SubscriptionRow, OffsetDateTime> dateCell(Function<OffsetDateTime, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(OffsetDateTime time, boolean empty) {
                super.updateItem(time, empty);
                setText(empty ? null : text.apply(time));
            }
        };
    }

    private void buildPager() {
        pageSummary.textProperty().bind(model.summaryProperty());
        pageSummary.setId("pageSummary");
        var atFirst = model.pageProperty().lessThanOrEqualTo(1);
        var atLast = model.pageProperty().greaterThanOrEqualTo(model.lastPageProperty());
        var busy = Bindings.equal(model.stateProperty(), LoadState.LOADING)
                .or(Bindings.equal(model.stateProperty(), LoadState.NOT_CONNECTED));
        firstButton.disableProperty().bind(atFirst.or(busy));
        previousButton.disableProperty().bind(atFirst.or(busy));
        nextButton.disableProperty().bind(atLast.or(busy));
        lastButton.disableProperty().bind(atLast.or(busy));
        firstButton.setAccessibleText(messages.get("subscriptions.page.first"));
        previousButton.setAccessibleText(messages.get("subscriptions.page.previous"));
        nextButton.setAccessibleText(messages.get("subscriptions.page.next"));
        lastButton.setAccessibleText(messages.get("subscriptions.page.last"));
        pageJump.setAccessibleText(messages.get("subscriptions.page.jump.accessible"));
        pageSizeChoice.setItems(FXCollections.observableArrayList(SubscriptionsViewModel.PAGE_SIZES));
        pageSizeChoice.getSelectionModel().select(Integer.valueOf(model.pageSizeProperty().get()));
        pageSizeChoice.setAccessibleText(messages.get("subscriptions.page.size.accessible"));
        pageSizeChoice.valueProperty().addListener((obs, old, size) -> {
            if (size != null) {
                model.changePageSize(size);
            }
        });
    }

    /** The customer's name with the customer number beneath it, muted. */
    private static final class CustomerCell extends TableCell<SubscriptionRow, SubscriptionRow> {
        private final Messages messages;

        CustomerCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(SubscriptionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            String id = row.subscription().customer() == null ? null : row.subscription().customer().id();
            String name = row.customerName() != null ? row.customerName()
                    : messages.get("subscriptions.customer.unknown", id == null ? "—" : id);
            Label nameLabel = new Label(name);
            HBox box = new HBox(8, nameLabel);
            if (row.customerNumber() != null) {
                Label number = new Label(row.customerNumber());
                number.getStyleClass().add("customer-number");
                box.getChildren().add(number);
            }
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(box);
            setAccessibleText(name + (row.customerNumber() == null ? "" : ", " + row.customerNumber()));
        }
    }

    @Override
    public boolean focusSearch() {
        searchField.requestFocus();
        return true;
    }

    @Override
    public boolean refreshView() {
        searchButton.fire();
        return true;
    }

    /** Ctrl+E: the subscriptions on the page shown, or the open subscription's entitlements. */
    @Override
    public boolean exportView() {
        export.export(chooseExportFile);
        return true;
    }

    @Override
    public Map<Action, Control> shortcutControls() {
        return Map.of(Action.SEARCH, searchField, Action.REFRESH, searchButton);
    }

    private Optional<Path> saveDialog(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("subscriptions.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(pages.getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }
}
