package app.switchboard.ui.requests;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.RequestItem;
import app.switchboard.text.DateTexts;
import app.switchboard.text.Words;
import app.switchboard.ui.common.fx.Messages;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** Binds the Requests view to its model; the model does the work. */
public final class RequestsController {
    private final RequestsViewModel model;
    private final Messages messages;
    private final DateTexts dates;

    @FXML private TableView<ApprovalRequest> table;
    @FXML private TableColumn<ApprovalRequest, String> environmentColumn;
    @FXML private TableColumn<ApprovalRequest, String> stateColumn;
    @FXML private TableColumn<ApprovalRequest, String> requesterColumn;
    @FXML private TableColumn<ApprovalRequest, Integer> switchesColumn;
    @FXML private TableColumn<ApprovalRequest, String> applyAtColumn;
    @FXML private TableColumn<ApprovalRequest, String> reasonColumn;
    @FXML private VBox details;
    @FXML private TextField comment;
    @FXML private Button approve;
    @FXML private Button reject;
    @FXML private Button withdraw;
    @FXML private Label status;

    public RequestsController(RequestsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.dates = DateTexts.of(messages.locale(), ZoneId.systemDefault());
    }

    @FXML
    private void initialize() {
        table.setItems(model.requests());
        table.setPlaceholder(new Label(messages.get("requests.empty")));
        environmentColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().environment()));
        environmentColumn.setCellFactory(c -> new EnvironmentCell());
        stateColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                messages.text(Words.of(c.getValue().state().wordsKey()))));
        requesterColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().requester()));
        switchesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().items().size()));
        applyAtColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().applyAt() == null ? "" : dates.dateTime(c.getValue().applyAt())));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().reason()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> showDetails(now));
        comment.textProperty().bindBidirectional(model.commentProperty());
        approve.disableProperty().bind(model.canDecide().not());
        reject.disableProperty().bind(model.canDecide().not());
        withdraw.disableProperty().bind(model.canWithdraw().not());
        status.textProperty().bind(model.statusProperty());
        showDetails(null);
        model.refresh();
    }

    private void showDetails(ApprovalRequest request) {
        details.getChildren().clear();
        if (request == null) {
            details.getChildren().add(new Label(messages.get("requests.details.none")));
            return;
        }
        for (RequestItem item : request.items()) {
            String was = messages.text(app.switchboard.ops.ChangeTarget.stateWords(item.api(), item.seenOn()));
            String want = messages.text(app.switchboard.ops.ChangeTarget.stateWords(item.api(), item.desiredOn()));
            // while it is applied, or after an interruption, each switch says how far it got
            String progress = item.outcome() != null ? (item.outcome().succeeded() && item.outcome().message() == null
                    ? messages.get("requests.details.changed") : String.valueOf(item.outcome().message()))
                    : item.started() ? messages.get("requests.details.sent") : null;
            Label line = new Label(progress == null ? messages.get("requests.details.item", item.displayName(), was, want)
                    : messages.get("requests.details.itemDone", item.displayName(), was, want, progress));
            line.setWrapText(true);
            details.getChildren().add(line);
        }
    }

    @FXML
    private void approve() {
        model.approve();
    }

    @FXML
    private void reject() {
        model.reject();
    }

    @FXML
    private void withdraw() {
        model.withdraw();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    /** The environment's name on a band of its colour, so production stands out as it does everywhere. */
    private final class EnvironmentCell extends TableCell<ApprovalRequest, String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                setStyle(null);
                return;
            }
            setText(name);
            setStyle("-fx-background-color: " + model.colourOf(name) + "; -fx-text-fill: white; -fx-font-weight: bold;");
        }
    }
}
