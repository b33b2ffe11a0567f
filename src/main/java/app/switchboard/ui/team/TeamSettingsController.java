package app.switchboard.ui.team;

import app.switchboard.ui.common.fx.Messages;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds Settings → Team to its {@link TeamSettingsViewModel}. */
public class TeamSettingsController {
    private final TeamSettingsViewModel model;
    private final TeamStatusView statusView;
    private final Messages messages;

    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField database;
    @FXML private TextField jdbcUrl;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private TextField desk;
    @FXML private Button test;
    @FXML private Button connect;
    @FXML private Button disconnect;
    @FXML private Label result;
    @FXML private Label status;

    public TeamSettingsController(TeamSettingsViewModel model, TeamStatusView statusView, Messages messages) {
        this.model = model;
        this.statusView = statusView;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        host.textProperty().bindBidirectional(model.hostProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        database.textProperty().bindBidirectional(model.databaseProperty());
        jdbcUrl.textProperty().bindBidirectional(model.jdbcUrlProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        desk.textProperty().bindBidirectional(model.deskProperty());
        password.setPromptText(model.connectedProperty().get() ? messages.get("settings.team.password.kept") : "");
        model.connectedProperty().addListener((obs, old, now) ->
                password.setPromptText(now ? messages.get("settings.team.password.kept") : ""));
        test.disableProperty().bind(model.busyProperty());
        connect.disableProperty().bind(model.busyProperty());
        disconnect.disableProperty().bind(model.busyProperty().or(model.connectedProperty().not()));
        result.textProperty().bind(model.resultProperty());
        model.failedProperty().addListener((obs, old, now) -> styleResult(now));
        result.setAccessibleRole(javafx.scene.AccessibleRole.TEXT);
        statusView.bind(status);
    }

    private void styleResult(boolean failed) {
        result.getStyleClass().removeAll("state-ok", "state-problem");
        result.getStyleClass().add(failed ? "state-problem" : "state-ok");
    }

    @FXML
    private void test() {
        model.test();
    }

    @FXML
    private void connect() {
        model.connect();
    }

    @FXML
    private void disconnect() {
        model.disconnect();
    }
}
