package app.switchboard.ui.settings;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ConnectionCheck;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.session.CapabilityStatus;
import app.switchboard.ui.common.session.EnvironmentCell;
import app.switchboard.ui.settings.EnvironmentForm.SecretState;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the Environments tab of Settings to its {@link EnvironmentsViewModel}. */
public class EnvironmentsController {
    private final EnvironmentsViewModel model;
    private final Messages messages;
    private final CapabilityStatus capabilities;

    @FXML private ListView<Environment> environmentList;
    @FXML private Button addEnvironment;
    @FXML private Button removeEnvironment;
    @FXML private Label formTitle;
    @FXML private Label demoNote;
    @FXML private GridPane formGrid;
    @FXML private TextField envName;
    @FXML private ColorPicker envColour;
    @FXML private ComboBox<RiskLevel> envRisk;
    @FXML private TextField envDerApiUrl;
    @FXML private TextField envDerTokenUrl;
    @FXML private TextField envClientId;
    @FXML private TextField envScope;
    @FXML private PasswordField envDerSecret;
    @FXML private Label derSecretState;
    @FXML private Button removeDerSecret;
    @FXML private TextField envFynnUrl;
    @FXML private PasswordField envFynnKey;
    @FXML private Label fynnKeyState;
    @FXML private Button removeFynnKey;
    @FXML private CheckBox envRequireReason;
    @FXML private Label secretHint;
    @FXML private VBox problemBox;
    @FXML private Button saveEnvironment;
    @FXML private Button testConnection;
    @FXML private Label feedback;
    @FXML private VBox envTeamBox;
    @FXML private Label envTeamOrigin;
    @FXML private Label envTeamStatus;
    @FXML private Button envPublish;
    @FXML private Button envTakeTeam;
    @FXML private Button envUnpublish;
    @FXML private Label testHeading;
    @FXML private VBox testResults;
    @FXML private Label offeredReads;

    public EnvironmentsController(EnvironmentsViewModel model, Messages messages, CapabilityStatus capabilities) {
        this.model = model;
        this.messages = messages;
        this.capabilities = capabilities;
    }

    public EnvironmentsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindList();
        bindForm();
        bindFeedback();
        bindTeam();
        describeControls();
        // what the selected environment offers of the undocumented reads, as last probed or seen
        model.selectedProperty().addListener((obs, old, now) -> showOfferedReads());
        capabilities.changesProperty().addListener((obs, old, now) -> showOfferedReads());
        if (!model.environments().isEmpty()) {
            environmentList.getSelectionModel().select(0);
        }
    }

    private void showOfferedReads() {
        Environment selected = model.selectedProperty().get();
        offeredReads.setText(selected == null ? "" : capabilities.describe(selected.name()));
    }

    private void bindList() {
        environmentList.setItems(model.environments());
        environmentList.setCellFactory(list -> {
            EnvironmentCell cell = new EnvironmentCell(messages, model::originOf);
            // as wide as the list, shortening long names with an ellipsis instead of scrolling sideways
            cell.setPrefWidth(0);
            return cell;
        });
        environmentList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != model.selectedProperty().get()) {
                model.select(chosen);
            }
        });
        // after a save or removal the model selects the stored entry; follow it
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                environmentList.getSelectionModel().clearSelection();
            } else if (environmentList.getSelectionModel().getSelectedItem() != now) {
                environmentList.getSelectionModel().select(now);
            }
        });
        removeEnvironment.disableProperty().bind(model.editableProperty().not()
                .or(model.selectedProperty().isNull()).or(model.busyProperty()));
    }

    private void bindForm() {
        EnvironmentForm form = model.form();
        envName.textProperty().bindBidirectional(form.name);
        envDerApiUrl.textProperty().bindBidirectional(form.derApiUrl);
        envDerTokenUrl.textProperty().bindBidirectional(form.derTokenUrl);
        envClientId.textProperty().bindBidirectional(form.clientId);
        envScope.textProperty().bindBidirectional(form.scope);
        envFynnUrl.textProperty().bindBidirectional(form.fynnUrl);
        envDerSecret.textProperty().bindBidirectional(form.derSecret);
        envFynnKey.textProperty().bindBidirectional(form.fynnKey);
        envRequireReason.selectedProperty().bindBidirectional(form.requireReason);
        envRisk.getItems().setAll(RiskLevel.PRODUCTION, RiskLevel.STAGING, RiskLevel.TEST);
        envRisk.setConverter(new StringConverter<>() {
            @Override
            public String toString(RiskLevel risk) {
                return risk == null ? "" : messages.get("settings.risk." + risk.name());
            }

            @Override
            public RiskLevel fromString(String text) {
                return null;
            }
        });
        envRisk.valueProperty().bindBidirectional(form.risk);
        bindColour(form.colour);
        bindSecretState(derSecretState, removeDerSecret, form.derSecretState, form.removeDerSecret, "settings.env.derSecret");
        bindSecretState(fynnKeyState, removeFynnKey, form.fynnKeyState, form.removeFynnKey, "settings.env.fynnKey");
        formGrid.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        saveEnvironment.disableProperty().bind(model.editableProperty().not().or(model.busyProperty()));
        testConnection.disableProperty().bind(model.testingProperty().or(model.selectedProperty().isNull()));
        demoNote.visibleProperty().bind(model.editableProperty().not());
        demoNote.managedProperty().bind(demoNote.visibleProperty());
        secretHint.visibleProperty().bind(model.editableProperty());
        secretHint.managedProperty().bind(secretHint.visibleProperty());
        ObservableValue<String> title = model.selectedProperty().map(e -> messages.get("settings.env.editTitle", e.name()))
                .orElse(messages.get("settings.env.newTitle"));
        formTitle.textProperty().bind(title);
    }

    private void bindColour(StringProperty colour) {
        envColour.setValue(Color.web(colour.get()));
        colour.addListener((obs, old, now) -> {
            if (now != null && !now.equalsIgnoreCase(hex(envColour.getValue()))) {
                envColour.setValue(Color.web(now));
            }
        });
        envColour.valueProperty().addListener((obs, old, now) -> colour.set(hex(now)));
    }

    /** "Stored" / "not stored" in words with an icon, and whether removal is pending; never the secret. */
    private void bindSecretState(Label label, Button remove, ObjectProperty<SecretState> state,
                                 javafx.beans.property.BooleanProperty removing, String fieldKey) {
        Runnable show = () -> {
            boolean pending = removing.get();
            SecretState now = state.get();
            String key = pending ? "settings.env.secret.willRemove" : "settings.env.secret." + now.name();
            label.setText(messages.get(key));
            label.setGraphic(new FontIcon(pending ? "mdi2k-key-remove" : switch (now) {
                case STORED, GENERATED -> "mdi2k-key-outline";
                case NOT_STORED -> "mdi2k-key-minus";
                case UNKNOWN -> "mdi2d-dots-horizontal";
            }));
            label.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING, Styles.DANGER);
            label.getStyleClass().add(pending ? Styles.DANGER
                    : now == SecretState.STORED || now == SecretState.GENERATED ? Styles.SUCCESS : Styles.WARNING);
            label.setAccessibleText(messages.get(fieldKey) + ": " + label.getText());
            remove.setDisable(now != SecretState.STORED || pending);
        };
        state.addListener(o -> show.run());
        removing.addListener(o -> show.run());
        show.run();
    }

    private void bindFeedback() {
        model.feedbackProperty().addListener((obs, old, now) -> showFeedback(feedback, now));
        model.problems().addListener((javafx.collections.ListChangeListener<String>) change -> showProblems());
        testHeading.textProperty().bind(model.testHeadingProperty());
        for (VBox box : List.of(problemBox, testResults)) {
            box.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(box.getChildren()));
        }
        for (Label label : List.of(feedback, testHeading)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
        model.checks().addListener((javafx.collections.ListChangeListener<ConnectionCheck>) change -> showChecks());
    }

    /** Shown only where the environment comes from the team or a team database is set up. */
    private void bindTeam() {
        EnvironmentTeamModel team = model.team();
        envTeamOrigin.textProperty().bind(team.originProperty());
        envTeamStatus.textProperty().bind(team.statusProperty());
        envTeamBox.visibleProperty().bind(team.originProperty().isNotEmpty().or(team.availableProperty()));
        envTeamBox.managedProperty().bind(envTeamBox.visibleProperty());
        bindTeamButton(envPublish, team.canPublishProperty());
        bindTeamButton(envTakeTeam, team.canTakeProperty());
        bindTeamButton(envUnpublish, team.canUnpublishProperty());
        for (Label label : List.of(envTeamOrigin, envTeamStatus)) {
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
        }
    }

    private void bindTeamButton(Button button, javafx.beans.value.ObservableBooleanValue allowed) {
        button.visibleProperty().bind(allowed);
        button.managedProperty().bind(button.visibleProperty());
        button.disableProperty().bind(model.team().busyProperty().or(model.busyProperty()));
    }

    @FXML
    private void publishToTeam() {
        model.team().publish();
    }

    @FXML
    private void takeTeamVersion() {
        model.team().takeTeamVersion();
    }

    @FXML
    private void unpublishFromTeam() {
        model.team().unpublish();
    }

    static void showFeedback(Label label, EnvironmentsViewModel.Feedback now) {
        label.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
        if (now == null) {
            label.setText(null);
            label.setGraphic(null);
            return;
        }
        label.setText(now.text());
        label.setGraphic(new FontIcon(now.problem() ? "mdi2a-alert-circle-outline" : "mdi2c-check-circle-outline"));
        label.getStyleClass().add(now.problem() ? Styles.DANGER : Styles.SUCCESS);
    }

    private void showProblems() {
        List<Label> rows = model.problems().stream().map(problem -> {
            Label row = new Label(problem, new FontIcon("mdi2a-alert-circle-outline"));
            row.getStyleClass().addAll("problem", Styles.DANGER);
            row.setWrapText(true);
            return row;
        }).toList();
        problemBox.getChildren().setAll(rows);
    }

    /** Each outcome as an icon plus words; the colour only repeats what icon and words say. */
    private void showChecks() {
        testResults.getChildren().setAll(model.checks().stream().map(check -> {
            Label row = new Label(model.line(check),
                    new FontIcon(switch (check.outcome()) {
                        case OK -> "mdi2c-check-circle";
                        case FAILED -> "mdi2c-close-circle";
                        case SKIPPED -> "mdi2m-minus-circle-outline";
                    }));
            row.getStyleClass().addAll("check", switch (check.outcome()) {
                case OK -> Styles.SUCCESS;
                case FAILED -> Styles.DANGER;
                case SKIPPED -> Styles.TEXT_MUTED;
            });
            row.setWrapText(true);
            row.setAccessibleText(row.getText());
            return row;
        }).toList());
    }

    private void describeControls() {
        environmentList.setAccessibleText(messages.get("settings.env.listTitle"));
        accessible(envName, "settings.env.name");
        accessible(envColour, "settings.env.colour");
        accessible(envRisk, "settings.env.risk");
        accessible(envDerApiUrl, "settings.env.derApiUrl");
        accessible(envDerTokenUrl, "settings.env.derTokenUrl");
        accessible(envClientId, "settings.env.clientId");
        accessible(envScope, "settings.env.scope");
        accessible(envDerSecret, "settings.env.derSecret");
        accessible(envFynnUrl, "settings.env.fynnUrl");
        accessible(envFynnKey, "settings.env.fynnKey");
        accessible(envRequireReason, "settings.env.requireReason");
        removeDerSecret.setAccessibleText(messages.get("settings.env.removeSecretOf", messages.get("settings.env.derSecret")));
        removeFynnKey.setAccessibleText(messages.get("settings.env.removeSecretOf", messages.get("settings.env.fynnKey")));
        addEnvironment.setAccessibleText(messages.get("settings.env.add"));
        removeEnvironment.accessibleTextProperty().bind(model.selectedProperty()
                .map(e -> messages.get("settings.env.removeNamed", e.name())).orElse(messages.get("settings.env.remove")));
        saveEnvironment.setAccessibleText(messages.get("settings.env.save"));
        testConnection.accessibleTextProperty().bind(model.selectedProperty()
                .map(e -> messages.get("settings.test.buttonNamed", e.name())).orElse(messages.get("settings.test.button")));
    }

    private void accessible(javafx.scene.control.Control control, String key) {
        control.setAccessibleText(messages.get(key));
    }

    @FXML
    private void add() {
        environmentList.getSelectionModel().clearSelection();
        model.newEnvironment();
        envName.requestFocus();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void test() {
        model.testConnection();
    }

    @FXML
    private void removeDerSecret() {
        model.form().removeDerSecret.set(true);
    }

    @FXML
    private void removeFynnKey() {
        model.form().removeFynnKey.set(true);
    }

    /** Removing is permanent and takes the secrets along, so it names the environment and asks. */
    @FXML
    private void remove() {
        Environment environment = model.selectedProperty().get();
        if (environment == null || environment.isDemo()) {
            return;
        }
        ButtonType removeButton = new ButtonType(messages.get("settings.env.removeConfirmButton"), ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get("settings.env.removeConfirmText", environment.name()),
                removeButton, ButtonType.CANCEL);
        confirm.initOwner(environmentList.getScene().getWindow());
        confirm.setHeaderText(messages.get("settings.env.removeConfirmTitle", environment.name()));
        confirm.getDialogPane().lookupButton(removeButton).setId("confirmRemove");
        confirm.showAndWait().filter(removeButton::equals).ifPresent(answer -> model.remove());
    }

    static String hex(Color colour) {
        if (colour == null) {
            return EnvironmentForm.NEW_COLOUR;
        }
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(colour.getRed() * 255),
                Math.round(colour.getGreen() * 255), Math.round(colour.getBlue() * 255));
    }
}
