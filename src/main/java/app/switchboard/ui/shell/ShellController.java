package app.switchboard.ui.shell;

import app.switchboard.credentials.Environment;
import app.switchboard.settings.ThemeChoice;
import app.switchboard.ui.common.Api;
import app.switchboard.ui.common.ChangeRunner;
import app.switchboard.ui.common.Messages;
import app.switchboard.ui.common.Notice;
import app.switchboard.ui.common.NotificationArea;
import app.switchboard.ui.common.Notifier;
import app.switchboard.ui.common.ConnectionState;
import app.switchboard.ui.common.EnvironmentBanner;
import app.switchboard.ui.common.Navigator;
import app.switchboard.ui.common.RunningTask;
import app.switchboard.ui.common.ViewLoader;
import atlantafx.base.controls.Message;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** Binds the main window to {@link ShellViewModel} and swaps the section views into the centre. */
public class ShellController {
    private final ShellViewModel model;
    private final ViewLoader views;
    private final Navigator navigator;
    private final Notifier notifier;
    private final ChangeRunner changes;
    private final Messages messages;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);

    @FXML private ComboBox<Environment> environmentSwitcher;
    @FXML private ToggleButton themeLight;
    @FXML private ToggleButton themeDark;
    @FXML private ToggleButton themeSystem;
    @FXML private EnvironmentBanner environmentBanner;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private NotificationArea notifications;
    @FXML private Message notice;
    @FXML private Label derStatus;
    @FXML private Label fynnStatus;
    @FXML private Label lastRefresh;
    @FXML private HBox workBox;
    @FXML private Label workTitle;
    @FXML private Label otherWork;
    @FXML private ProgressBar workProgress;
    @FXML private Button cancelWork;

    public ShellController(ShellViewModel model, ViewLoader views, Notifier notifier, ChangeRunner changes,
                           Messages messages, Navigator navigator) {
        this.model = model;
        this.views = views;
        this.notifier = notifier;
        this.changes = changes;
        this.messages = messages;
        this.navigator = navigator;
    }

    public ShellViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        bindEnvironment();
        bindNavigation();
        bindTheme();
        bindStatusBar();
        notifications.show(notifier, messages);
    }

    private void bindEnvironment() {
        environmentSwitcher.setItems(model.environments());
        environmentSwitcher.setCellFactory(list -> new EnvironmentCell());
        environmentSwitcher.setButtonCell(new EnvironmentCell());
        environmentSwitcher.setValue(model.environment());
        environmentSwitcher.valueProperty().addListener((obs, old, chosen) -> model.selectEnvironment(chosen));
        environmentBanner.show(model.environment());
        model.session().currentProperty().addListener((obs, old, now) -> {
            environmentSwitcher.setValue(now);
            environmentBanner.show(now);
        });
        notice.descriptionProperty().bind(model.problemProperty());
        notice.visibleProperty().bind(model.problemProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
    }

    private void bindNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.displayName(), new FontIcon(section.icon()));
            button.setId("nav" + section.displayName());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(e -> model.sectionProperty().set(section));
            navButtons.put(section, button);
            navigation.getChildren().add(button);
        }
        model.sectionProperty().addListener((obs, old, now) -> showSection(now));
        showSection(model.sectionProperty().get());
        navigator.addListener(request -> {
            for (Section section : Section.values()) {
                if (section.view() == request.view()) {
                    model.sectionProperty().set(section);
                }
            }
        });
    }

    /** Ctrl+1 … Ctrl+5 (Cmd on macOS) jump to the sections in navigation order. */
    void installShortcuts(Scene scene) {
        for (Section section : Section.values()) {
            KeyCombination keys = new KeyCodeCombination(
                    KeyCode.valueOf("DIGIT" + (section.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
            scene.getAccelerators().put(keys, () -> model.sectionProperty().set(section));
            navButtons.get(section).setTooltip(new Tooltip(section.displayName() + " (" + keys.getDisplayText() + ")"));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), this::undoLastChange);
    }

    /** Ctrl+Z undoes the session's last change through the engine, unless a text field has the focus. */
    private void undoLastChange() {
        if (content.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (!changes.undoLast()) {
            notifier.post(Notice.of(Notice.Kind.INFO, messages.get("common.action.undo"),
                    changes.engine().undoStack().peek()
                            .map(step -> messages.get("changes.notice.batchUndo", step.inverses().size()))
                            .orElse(messages.get("changes.notice.nothingToUndo"))));
        }
    }

    /** Views are loaded on first visit and kept, so each keeps its state when the operator comes back. */
    private void showSection(Section section) {
        Parent view = loaded.computeIfAbsent(section, s -> views.load(s.view()).root());
        content.getChildren().setAll(view);
        navButtons.get(section).setSelected(true);
    }

    private void bindTheme() {
        Map<ThemeChoice, ToggleButton> buttons = Map.of(
                ThemeChoice.LIGHT, themeLight, ThemeChoice.DARK, themeDark, ThemeChoice.SYSTEM, themeSystem);
        ToggleGroup group = new ToggleGroup();
        buttons.forEach((choice, button) -> {
            button.setToggleGroup(group);
            button.setOnAction(e -> model.themeProperty().set(choice));
        });
        themeLight.setTooltip(new Tooltip("Light theme"));
        themeDark.setTooltip(new Tooltip("Dark theme"));
        themeSystem.setTooltip(new Tooltip("Follow the desktop's light or dark setting"));
        buttons.get(model.themeProperty().get()).setSelected(true);
        model.themeProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        // a toggle group lets the operator deselect everything; keep the current choice selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
    }

    private void bindStatusBar() {
        bindApi(derStatus, Api.DER_CONNECT);
        bindApi(fynnStatus, Api.FYNN);
        lastRefresh.textProperty().bind(model.lastRefreshProperty());
        otherWork.textProperty().bind(model.otherWorkProperty());
        workBox.visibleProperty().bind(model.currentWorkProperty().isNotNull());
        workBox.managedProperty().bind(workBox.visibleProperty());
        model.currentWorkProperty().addListener((obs, old, now) -> showWork(now));
        showWork(model.currentWorkProperty().get());
    }

    private void bindApi(Label label, Api api) {
        label.textProperty().bind(model.apiStatus(api));
        FontIcon dot = new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignC.CIRCLE);
        dot.getStyleClass().add("status-dot");
        label.setGraphic(dot);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(model.problemProperty());
        model.session().stateProperty(api).addListener((obs, old, now) -> styleState(label, tooltip, now));
        styleState(label, tooltip, model.state(api));
    }

    private static void styleState(Label label, Tooltip tooltip, ConnectionState state) {
        label.getStyleClass().removeAll("state-ok", "state-problem", "state-pending");
        label.getStyleClass().add(state == ConnectionState.CONNECTED ? "state-ok"
                : state.isProblem() ? "state-problem" : "state-pending");
        label.setTooltip(state.isProblem() ? tooltip : null);
    }

    private void showWork(RunningTask task) {
        workTitle.textProperty().unbind();
        workProgress.progressProperty().unbind();
        if (task == null) {
            return;
        }
        workTitle.setText(task.title());
        workProgress.progressProperty().bind(task.progressProperty());
        cancelWork.setVisible(task.isCancellable());
        cancelWork.setOnAction(e -> task.cancel());
    }
}
