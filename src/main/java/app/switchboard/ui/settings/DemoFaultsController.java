package app.switchboard.ui.settings;

import app.switchboard.connect.ApiConnector;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.table.EmptyState;
import app.switchboard.ui.common.table.EmptyStatePane;
import app.switchboard.ui.settings.DemoFaultsModel.Fault;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

/**
 * The Demo fault panel. Shown while the connected environment is Demo; adapts the running
 * sandbox (the only place the UI sees it) to the {@link DemoFaults} its model works with.
 */
public class DemoFaultsController {
    private static final int MAX_LATENCY_MS = 30_000;

    private final EnvironmentSession session;
    private final Messages messages;
    private final DemoFaultsModel model;

    @FXML private EmptyStatePane notDemo;
    @FXML private ScrollPane panel;
    @FXML private GridPane faultGrid;
    @FXML private GridPane counterGrid;
    @FXML private Spinner<Integer> editCount;
    @FXML private Button applyFaults;
    @FXML private Button clearFaults;
    @FXML private Button editNow;
    @FXML private Button refreshCounters;
    @FXML private Label faultFeedback;

    public DemoFaultsController(EnvironmentSession session, TaskRunner tasks, Messages messages) {
        this.session = session;
        this.messages = messages;
        this.model = new DemoFaultsModel(tasks, messages);
    }

    public DemoFaultsModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        notDemo.bind(new SimpleObjectProperty<>(new EmptyState(messages.get("settings.faults.notDemoHeading"),
                messages.get("settings.faults.notDemoText"))));
        panel.visibleProperty().bind(model.availableProperty());
        notDemo.visibleProperty().bind(model.availableProperty().not());
        int row = 0;
        row = addSpinner(row, "faultLatency", "settings.faults.latency", integers(0, MAX_LATENCY_MS, 50), model.latencyMsProperty());
        row = addSpinner(row, "faultJitter", "settings.faults.jitter", integers(0, MAX_LATENCY_MS, 50), model.jitterMsProperty());
        for (Fault fault : Fault.values()) {
            Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, 0, 1));
            row = add(row, spinner, "fault" + fault.name(), "settings.faults.rate." + fault.name());
            spinner.getValueFactory().valueProperty().bindBidirectional(model.percentProperty(fault));
        }
        row = addSpinner(row, "faultEditorInterval", "settings.faults.editorInterval", integers(0, 3600, 5),
                model.editorIntervalSecondsProperty());
        addSpinner(row, "faultEditorBatch", "settings.faults.editorBatch", integers(1, 100, 1), model.editorBatchProperty());
        editCount.setValueFactory(integers(1, 500, 1));
        editCount.getValueFactory().valueProperty().bindBidirectional(model.editCountProperty());
        editCount.setAccessibleText(messages.get("settings.faults.editCount"));
        applyFaults.setAccessibleText(messages.get("settings.faults.apply"));
        clearFaults.setAccessibleText(messages.get("settings.faults.clear"));
        editNow.setAccessibleText(messages.get("settings.faults.editNow"));
        refreshCounters.setAccessibleText(messages.get("settings.faults.refresh"));
        model.feedbackProperty().addListener((obs, old, now) -> EnvironmentsController.showFeedback(faultFeedback, now));
        model.counts().addListener((ListChangeListener<DemoFaultsModel.Count>) change -> showCounts());
        session.currentProperty().addListener((obs, old, now) -> follow());
        session.stateProperty(Api.DER_CONNECT).addListener((obs, old, now) -> follow());
        follow();
    }

    /** The Demo's sandbox when Demo is connected; anything else hides the panel. */
    private void follow() {
        model.attach(session.connection()
                .filter(ApiConnector.Connection.class::isInstance)
                .flatMap(connection -> ((ApiConnector.Connection) connection).sandbox())
                .map(sandbox -> (DemoFaults) new SandboxFaults(sandbox.faults()))
                .orElse(null));
    }

    private int addSpinner(int row, String id, String key, SpinnerValueFactory<Integer> values,
                           ObjectProperty<Integer> property) {
        Spinner<Integer> spinner = new Spinner<>(values);
        int next = add(row, spinner, id, key);
        spinner.getValueFactory().valueProperty().bindBidirectional(property);
        return next;
    }

    private int add(int row, Spinner<?> spinner, String id, String key) {
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(130);
        spinner.setAccessibleText(messages.get(key));
        Label label = new Label(messages.get(key));
        label.setLabelFor(spinner);
        faultGrid.addRow(row, label, spinner);
        return row + 1;
    }

    private static SpinnerValueFactory<Integer> integers(int min, int max, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory values = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min);
        values.setAmountToStepBy(step);
        return values;
    }

    private void showCounts() {
        counterGrid.getChildren().clear();
        int row = 0;
        for (DemoFaultsModel.Count count : model.counts()) {
            Label what = new Label(count.what());
            Label value = new Label(String.format(messages.locale(), "%,d", count.value()));
            value.setId("counter" + row);
            value.setAccessibleText(count.what() + ": " + value.getText());
            counterGrid.addRow(row++, what, value);
        }
    }

    @FXML
    private void apply() {
        model.apply();
    }

    @FXML
    private void clear() {
        model.clearFaults();
    }

    @FXML
    private void editNow() {
        model.editNow();
    }

    @FXML
    private void refresh() {
        model.refreshCounts();
    }
}
