package app.switchboard.ui.subscriptions;

import app.switchboard.audit.Api;
import app.switchboard.fynn.ContractDetails;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Subscription;
import app.switchboard.ui.common.change.ActivityHistoryPane;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.links.LinkCopier;
import javafx.scene.control.MenuItem;
import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.ui.common.table.HeaderWidths;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The detail page of one subscription: header, filters, the entitlements grouped by subscription
 * item, and the validity timeline. Only binds: state and commands live in
 * {@link SubscriptionDetailViewModel}.
 */
final class SubscriptionDetailView extends VBox {
    private final SubscriptionDetailViewModel model;
    private final EntitlementTexts texts;
    private final Messages messages;
    private final Button back = new Button();
    private final Label heading = new Label();
    private final GridPane header = new GridPane();
    private final TreeTableView<DetailLine> table = new TreeTableView<>();
    private final ValidityTimeline timeline;
    private final Label selection = new Label();
    private final Button bulkOn = new Button();
    private final Button bulkOff = new Button();
    private final WriteAccess writeAccess;
    private final BooleanProperty nothingSelected = new SimpleBooleanProperty(true);
    private final ActivityHistoryPane history;
    private final Tab activityTab = new Tab();
    private boolean syncingSelection;

    SubscriptionDetailView(SubscriptionDetailViewModel model, WriteAccess writeAccess, ActivityHistoryPane history,
                           String retryText) {
        this.model = model;
        this.history = history;
        // a colleague's change to this subscription (team mode): read it again from the server
        history.onColleagueChange(change -> model.reload());
        this.writeAccess = writeAccess;
        this.texts = model.texts();
        this.messages = texts.messages();
        this.timeline = new ValidityTimeline(model.rows(), texts, row -> model.selectedProperty().set(row));
        setId("subscriptionDetail");
        setSpacing(4);

        back.setText(messages.get("subscriptions.detail.back"));
        back.setGraphic(new FontIcon("mdi2a-arrow-left"));
        back.getStyleClass().add(Styles.FLAT);
        back.setId("backToList");
        back.setAccessibleText(messages.get("subscriptions.detail.back.accessible"));
        heading.getStyleClass().add("detail-heading");
        heading.setId("detailHeading");
        header.getStyleClass().add("detail-header");
        HBox top = new HBox(12, back, heading, LinkCopier.button("copySubscriptionLink", messages, model::link));
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        StackPane tableArea = new StackPane(table, new LoadOverlay("detail", model.loading(),
                messages.get("subscriptions.detail.loading"), "mdi2t-toggle-switch-off-outline", this::emptyState,
                messages.get("subscriptions.detail.error.heading"), model.problemProperty(), retryText, model::reload));
        ScrollPane timelineScroll = new ScrollPane(timeline);
        timelineScroll.setFitToWidth(true);
        timelineScroll.setId("timelineScroll");
        // the history shares the lower half with the timeline, so neither squeezes the table
        Tab timelineTab = new Tab(messages.get("subscriptions.detail.timeline"), timelineScroll);
        timelineTab.setId("timelineTab");
        activityTab.setId("activityTab");
        activityTab.setText(messages.get("subscriptions.detail.activity"));
        activityTab.setContent(history);
        history.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        TabPane lower = new TabPane(timelineTab, activityTab);
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.setId("detailTabs");
        SplitPane split = new SplitPane(tableArea, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        VBox.setVgrow(split, Priority.ALWAYS);

        getChildren().addAll(top, header, filters(), split);
        buildTable();
        model.subscriptionProperty().addListener((obs, old, row) -> {
            showHeader(row);
            showHistory();
        });
        model.groups().addListener((ListChangeListener<ItemGroup>) change -> fillTable());
        model.selectedProperty().addListener((obs, old, row) -> {
            selectInTable(row);
            showHistory();
        });
    }

    void setOnBack(Runnable action) {
        back.setOnAction(event -> action.run());
        setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                action.run();
                event.consume();
            }
        });
    }

    private EmptyState emptyState() {
        return new EmptyState(messages.get("subscriptions.detail.empty.heading"),
                messages.get(model.isFiltered() ? "subscriptions.detail.empty.filtered" : "subscriptions.detail.empty.none"));
    }

    private Node filters() {
        ComboBox<EntitlementStatus> status = new ComboBox<>(FXCollections.observableArrayList(
                EntitlementStatus.ACTIVE, EntitlementStatus.PENDING, EntitlementStatus.DISABLED, EntitlementStatus.EXPIRED));
        status.getItems().add(0, null);
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntitlementStatus value) {
                return value == null ? messages.get("subscriptions.detail.filter.anyStatus") : texts.status(value);
            }

            @Override
            public EntitlementStatus fromString(String text) {
                return null;
            }
        });
        status.setId("entitlementStatusFilter");
        status.setAccessibleText(messages.get("subscriptions.detail.filter.status.accessible"));
        status.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(EntitlementStatus value, boolean empty) {
                super.updateItem(value, empty);
                setText(status.getConverter().toString(value));
            }
        });
        model.statusFilterProperty().addListener((obs, old, now) -> status.setValue(now));
        status.setOnAction(event -> {
            if (status.getValue() != model.statusFilterProperty().get()) {
                model.filterByStatus(status.getValue());
            }
        });
        CheckBox expired = new CheckBox(messages.get("subscriptions.detail.filter.expired"));
        expired.setId("includeExpired");
        expired.setAccessibleText(messages.get("subscriptions.detail.filter.expired.accessible"));
        model.includeExpiredProperty().addListener((obs, old, now) -> expired.setSelected(now));
        expired.setOnAction(event -> model.includeExpired(expired.isSelected()));

        selection.getStyleClass().add("muted");
        bulkOn.setText(messages.get("subscriptions.detail.bulkOn"));
        bulkOn.setGraphic(new FontIcon("mdi2t-toggle-switch"));
        bulkOn.setId("bulkOn");
        bulkOff.setText(messages.get("subscriptions.detail.bulkOff"));
        bulkOff.setGraphic(new FontIcon("mdi2t-toggle-switch-off-outline"));
        bulkOff.setId("bulkOff");
        bulkOn.setOnAction(event -> model.switchAll(selectedRows(), true));
        bulkOff.setOnAction(event -> model.switchAll(selectedRows(), false));
        Label statusLabel = new Label(messages.get("subscriptions.detail.filter.status"));
        statusLabel.getStyleClass().add("muted");
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(statusLabel, status, expired, spacer, selection, bulkOn, bulkOff);
        box.getStyleClass().add("detail-filters");
        return box;
    }

    private void buildTable() {
        EntitlementCells cells = new EntitlementCells(texts, writeAccess);
        TreeTableColumn<DetailLine, EntitlementCells.Shown> feature = column("subscriptions.column.feature", 300);
        feature.setCellFactory(c -> cells.feature());
        TreeTableColumn<DetailLine, EntitlementCells.Shown> value = column("subscriptions.column.value", 260);
        value.setCellFactory(c -> cells.value());
        TreeTableColumn<DetailLine, EntitlementCells.Shown> validity = column("subscriptions.column.validity", 215);
        validity.setCellFactory(c -> cells.validity());
        TreeTableColumn<DetailLine, EntitlementCells.Shown> status = column("subscriptions.column.entitlementStatus", 128);
        status.setCellFactory(c -> cells.status());
        // room for "state unknown" and its explicit actions where Fynn gave no state; the value column gives it
        TreeTableColumn<DetailLine, EntitlementCells.Shown> active = column("subscriptions.column.active", 100);
        active.setCellFactory(c -> cells.toggle(model::switchOne));
        table.getColumns().setAll(List.of(feature, value, validity, status, active));
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.setId("entitlementTable");
        MenuItem copyLink = LinkCopier.menuItem(messages, () -> {
            List<EntitlementRow> chosen = selectedRows();
            return chosen.size() == 1 ? model.link(chosen.get(0)) : null;
        });
        copyLink.setId("copyEntitlementLink");
        table.setContextMenu(new javafx.scene.control.ContextMenu(copyLink));
        table.setOnContextMenuRequested(event -> copyLink.setDisable(selectedRows().size() != 1));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HeaderWidths.keepWhole(table);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setAccessibleText(messages.get("subscriptions.column.feature"));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<DetailLine>>) change -> {
            List<EntitlementRow> rows = selectedRows();
            selection.setText(messages.get("subscriptions.detail.selected", rows.size()));
            bulkOn.setAccessibleText(messages.get("subscriptions.detail.bulk.accessible", rows.size(), texts.onOff(true)));
            bulkOff.setAccessibleText(messages.get("subscriptions.detail.bulk.accessible", rows.size(), texts.onOff(false)));
            nothingSelected.set(rows.isEmpty());
            if (!syncingSelection) {
                TreeItem<DetailLine> focused = table.getSelectionModel().getSelectedItem();
                syncingSelection = true;
                model.selectedProperty().set(focused != null && focused.getValue() instanceof EntitlementRow row ? row : null);
                syncingSelection = false;
            }
        });
        bulkOn.disableProperty().bind(nothingSelected.or(writeAccess.readOnly(Api.FYNN)));
        bulkOff.disableProperty().bind(nothingSelected.or(writeAccess.readOnly(Api.FYNN)));
    }

    private TreeTableColumn<DetailLine, EntitlementCells.Shown> column(String key, double width) {
        TreeTableColumn<DetailLine, EntitlementCells.Shown> column = new TreeTableColumn<>(messages.get(key));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(EntitlementCells::shown);
        return column;
    }

    List<EntitlementRow> selectedRows() {
        return table.getSelectionModel().getSelectedItems().stream()
                .filter(item -> item != null && item.getValue() instanceof EntitlementRow)
                .map(item -> (EntitlementRow) item.getValue()).toList();
    }

    private void fillTable() {
        TreeItem<DetailLine> root = new TreeItem<>();
        for (ItemGroup group : model.groups()) {
            TreeItem<DetailLine> item = new TreeItem<>(group);
            item.setExpanded(true);
            group.rows().forEach(row -> item.getChildren().add(new TreeItem<>(row)));
            root.getChildren().add(item);
        }
        table.setRoot(root);
        selectInTable(model.selectedProperty().get());
    }

    private void selectInTable(EntitlementRow row) {
        timeline.select(row);
        if (syncingSelection) {
            return;
        }
        syncingSelection = true;
        try {
            if (row == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<DetailLine> group : table.getRoot().getChildren()) {
                for (TreeItem<DetailLine> item : group.getChildren()) {
                    if (item.getValue() == row) {
                        int index = table.getRow(item);
                        table.getSelectionModel().clearAndSelect(index);
                        table.scrollTo(Math.max(0, index - 2));
                        return;
                    }
                }
            }
        } finally {
            syncingSelection = false;
        }
    }

    /** The selected entitlement's history; with none selected, that of the whole subscription. */
    private void showHistory() {
        SubscriptionRow subscription = model.subscriptionProperty().get();
        if (subscription == null || model.environment() == null) {
            history.clear();
            return;
        }
        EntitlementRow row = model.selectedProperty().get();
        history.showSwitch(model.environment().name(), Api.FYNN, subscription.id(), row == null ? null : row.id());
        activityTab.setText(row == null ? messages.get("subscriptions.detail.activity")
                : messages.get("subscriptions.detail.activity.of", texts.featureName(row.entitlement())));
    }

    private void showHeader(SubscriptionRow row) {
        header.getChildren().clear();
        if (row == null) {
            heading.setText("");
            return;
        }
        Subscription s = row.subscription();
        heading.setText(messages.get("subscriptions.detail.heading", row.number()));
        String customer = row.customerName() == null ? "—" : row.customerName()
                + (row.customerNumber() == null ? "" : " (" + row.customerNumber() + ")");
        ContractDetails contract = s.contractDetails();
        String contractText = contract == null ? "—" : messages.get("subscriptions.validity.window",
                contract.contractStart() == null ? "—" : texts.date(contract.contractStart()),
                contract.contractEnd() == null ? messages.get("subscriptions.contractEnd.open") : texts.date(contract.contractEnd()));
        addField(0, "subscriptions.detail.customer", new Label(customer));
        addField(1, "subscriptions.detail.number", new Label(row.number()));
        addField(2, "subscriptions.detail.status", StatusBadges.subscription(s.status(), messages));
        addField(3, "subscriptions.detail.created", new Label(texts.date(s.createdAt())));
        addField(4, "subscriptions.detail.activated", new Label(texts.date(s.activatedAt())));
        addField(5, "subscriptions.detail.contract", new Label(contractText));
    }

    private void addField(int column, String captionKey, Node value) {
        Label caption = new Label(messages.get(captionKey));
        caption.getStyleClass().add("detail-caption");
        header.add(caption, column, 0);
        header.add(value, column, 1);
        value.setId("detail-" + captionKey.substring(captionKey.lastIndexOf('.') + 1));
    }

    ActivityHistoryPane history() {
        return history;
    }

    ValidityTimeline timeline() {
        return timeline;
    }

    TreeTableView<DetailLine> table() {
        return table;
    }

}
