package app.switchboard.ui.shell;

import app.switchboard.credentials.Environment;
import app.switchboard.find.Finder;
import app.switchboard.settings.ThemeChoice;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.find.FindViewModel;
import app.switchboard.ui.find.FindWindow;
import app.switchboard.ui.find.ItemOpener;
import app.switchboard.ui.links.LinkOpener;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.requests.RequestsViewModel;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.ShortcutTarget;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.NotificationArea;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.common.session.EnvironmentBanner;
import app.switchboard.ui.common.session.EnvironmentCell;
import app.switchboard.ui.team.TeamStatusView;
import app.switchboard.ui.common.session.CapabilityStatus;
import app.switchboard.ui.settings.AboutDialog;
import app.switchboard.ui.settings.AboutViewModel;
import atlantafx.base.controls.Message;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
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
    /** Ctrl (Cmd on macOS) + F, R, E: sent to the view on screen. */
    private static final Map<ShortcutTarget.Action, KeyCombination> VIEW_KEYS = Map.of(
            ShortcutTarget.Action.SEARCH, new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
            ShortcutTarget.Action.REFRESH, new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
            ShortcutTarget.Action.EXPORT, new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));

    private final ShellViewModel model;
    private final ViewLoader views;
    private final AboutViewModel about;
    private final Navigator navigator;
    private final Notifier notifier;
    private final ChangeRunner changes;
    private final BulkFlow bulkFlow;
    private final Messages messages;
    private final TeamStatusView teamStatusView;
    private final CapabilityStatus capabilityStatusView;
    private final RequestsViewModel requests;
    private final Map<Section, Parent> loaded = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final Map<Section, Object> controllers = new EnumMap<>(Section.class);
    private final ShortcutRegistry shortcuts;
    private final Finder finder;
    private final TaskRunner tasks;

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
    @FXML private Label teamStatus;
    @FXML private Label capabilityStatus;
    @FXML private HBox workBox;
    @FXML private Label workTitle;
    @FXML private Label otherWork;
    @FXML private ProgressBar workProgress;
    @FXML private Button cancelWork;
    @FXML private Button aboutButton;
    @FXML private Button shortcutsButton;

    public ShellController(ShellViewModel model, ViewLoader views, AboutViewModel about, Notifier notifier,
                           ChangeRunner changes, BulkFlow bulkFlow, Messages messages, Navigator navigator,
                           TeamStatusView teamStatusView, Finder finder, TaskRunner tasks,
                           RequestsViewModel requests, CapabilityStatus capabilityStatus) {
        this.capabilityStatusView = capabilityStatus;
        this.finder = finder;
        this.tasks = tasks;
        this.teamStatusView = teamStatusView;
        this.requests = requests;
        this.bulkFlow = bulkFlow;
        this.model = model;
        this.views = views;
        this.about = about;
        this.notifier = notifier;
        this.changes = changes;
        this.messages = messages;
        this.navigator = navigator;
        this.shortcuts = new ShortcutRegistry(messages);
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
        aboutButton.setAccessibleText(about.title());
        environmentSwitcher.setAccessibleText(messages.get("shell.environment.label"));
    }

    public ShortcutRegistry shortcuts() {
        return shortcuts;
    }

    @FXML
    void showShortcuts() {
        new ShortcutSheet(shortcuts, messages, content.getScene().getWindow()).show();
    }

    /** Opens a {@code switchboard://} link handed over by the operating system or a second start. */
    public void openLink(String link) {
        new LinkOpener(model.session(), navigator, notifier, messages)
                .open(link, content.getScene().getWindow() instanceof javafx.stage.Stage stage ? stage : null);
    }

    /** Ctrl+K: find anything in the current environment and open it. */
    public FindWindow showFind() {
        FindWindow window = new FindWindow(new FindViewModel(finder, model.session(), tasks, messages), messages,
                content.getScene().getWindow(), found -> ItemOpener.open(found, navigator));
        window.show();
        return window;
    }

    @FXML
    private void showAbout() {
        new AboutDialog(about, aboutButton.getScene().getWindow()).show();
    }

    private void bindEnvironment() {
        environmentSwitcher.setItems(model.environments());
        environmentSwitcher.setCellFactory(list -> new EnvironmentCell(messages, model.session()::originOf));
        environmentSwitcher.setButtonCell(new EnvironmentCell(messages));
        environmentSwitcher.setValue(model.environment());
        environmentSwitcher.valueProperty().addListener((obs, old, chosen) -> model.selectEnvironment(chosen));
        environmentBanner.show(model.environment(), messages);
        model.session().currentProperty().addListener((obs, old, now) -> {
            environmentSwitcher.setValue(now);
            environmentBanner.show(now, messages);
        });
        notice.descriptionProperty().bind(model.problemProperty());
        notice.visibleProperty().bind(model.problemProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
    }

    private void bindNavigation() {
        ToggleGroup group = new ToggleGroup();
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.key()), new FontIcon(section.icon()));
            button.setId("nav" + section.idName());
            button.getStyleClass().add("nav-item");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setUserData(section);
            navButtons.put(section, button);
            navigation.getChildren().add(button);
        }
        bindRequestsBadge(navButtons.get(Section.REQUESTS));
        // the arrow keys select a sidebar item without pressing it, and pressing the current one unselects it:
        // follow the selection, and keep one item selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                model.sectionProperty().set((Section) now.getUserData());
            }
        });
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

    /** The number of open change requests beside "Requests", live, and said in words to a screen reader. */
    private void bindRequestsBadge(ToggleButton button) {
        Label badge = new Label();
        badge.setId("requestsBadge");
        badge.getStyleClass().add("nav-badge");
        badge.textProperty().bind(requests.openCountProperty().asString());
        badge.visibleProperty().bind(requests.openCountProperty().greaterThan(0));
        button.setGraphic(new HBox(6, new FontIcon(Section.REQUESTS.icon()), badge));
        button.accessibleTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            int open = requests.openCountProperty().get();
            String name = messages.get(Section.REQUESTS.key());
            return name + ": " + (open == 0 ? messages.get("requests.badge.none")
                    : messages.get("requests.badge.accessible", open));
        }, requests.openCountProperty()));
        requests.refresh();
    }

    /**
     * The one place keys are bound: Ctrl+1 … Ctrl+5 (Cmd on macOS) jump to the sections, Ctrl+F/R/E
     * go to the view on screen, Ctrl+Z undoes, F1 lists them all. Space on a focused switch flips
     * it exactly as a click does, so the view's confirmation policy applies.
     */
    void installShortcuts(Scene scene) {
        KeyCombination help = new KeyCodeCombination(KeyCode.F1);
        for (Section section : Section.values()) {
            KeyCombination keys = new KeyCodeCombination(
                    KeyCode.valueOf("DIGIT" + (section.ordinal() + 1)), KeyCombination.SHORTCUT_DOWN);
            String name = messages.get(section.key());
            shortcuts.register(keys, messages.get("shell.shortcut.section", name), () -> model.sectionProperty().set(section));
            navButtons.get(section).setTooltip(new Tooltip(messages.get("shell.nav.tooltip", name, shortcuts.keysText(keys))));
        }
        registerForView(ShortcutTarget.Action.SEARCH, "shell.shortcut.search", ShortcutTarget::focusSearch);
        registerForView(ShortcutTarget.Action.REFRESH, "shell.shortcut.refresh", ShortcutTarget::refreshView);
        registerForView(ShortcutTarget.Action.EXPORT, "shell.shortcut.export", ShortcutTarget::exportView);
        shortcuts.register(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                messages.get("shell.shortcut.undo"), this::undoLastChange);
        shortcuts.describe(messages.get("shell.shortcut.toggle.keys"), messages.get("shell.shortcut.toggle"));
        shortcuts.register(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN),
                messages.get("shell.shortcut.find"), this::showFind);
        shortcuts.register(help, messages.get("shell.shortcut.help"), this::showShortcuts);
        shortcuts.install(scene);
        SpaceToggles.install(scene);
        shortcutsButton.setTooltip(new Tooltip(messages.get("shell.nav.tooltip",
                messages.get("shell.shortcuts.title"), shortcuts.keysText(help))));
    }

    private void registerForView(ShortcutTarget.Action shortcut, String descriptionKey,
                                 java.util.function.Predicate<ShortcutTarget> action) {
        KeyCombination keys = VIEW_KEYS.get(shortcut);
        shortcuts.register(keys, messages.get(descriptionKey), () -> {
            Object view = controllers.get(model.sectionProperty().get());
            boolean done = view instanceof ShortcutTarget target && action.test(target);
            if (!done) {
                notifier.post(Notice.of(Notice.Kind.INFO, shortcuts.keysText(keys),
                        messages.get("shell.shortcut.notAvailable", shortcuts.keysText(keys))));
            }
        });
    }

    /** Ctrl+Z undoes the session's last change through the engine, unless a text field has the focus. */
    private void undoLastChange() {
        if (content.getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        if (changes.undoLast()) {
            return;
        }
        // a batch is undone as a batch: its own preview, confirmation, progress and results; its step
        // leaves the stack change by change as they succeed, so a cancelled undo can be asked again
        var top = changes.engine().undoStack().peek();
        if (top.isPresent()) {
            bulkFlow.openUndo(top.get());
        } else {
            notifier.post(Notice.of(Notice.Kind.INFO, messages.get("common.action.undo"),
                    messages.get("changes.notice.nothingToUndo")));
        }
    }

    /** Views are loaded on first visit and kept, so each keeps its state when the operator comes back. */
    private void showSection(Section section) {
        Parent view = loaded.computeIfAbsent(section, s -> {
            var loadedView = views.load(s.view());
            controllers.put(s, loadedView.controller());
            showKeysIn(loadedView.controller());
            return loadedView.root();
        });
        content.getChildren().setAll(view);
        navButtons.get(section).setSelected(true);
    }

    /** The keys in the tooltips of the view's controls that do what a shortcut does: "Refresh (Ctrl+R)". */
    private void showKeysIn(Object controller) {
        if (controller instanceof ShortcutTarget target) {
            target.shortcutControls().forEach((shortcut, control) -> control.setTooltip(new Tooltip(messages.get(
                    "shell.nav.tooltip", purpose(control), shortcuts.keysText(VIEW_KEYS.get(shortcut))))));
        }
    }

    /** What the control does in words: its own tooltip, else its text, prompt or accessible name. */
    private static String purpose(Control control) {
        if (control.getTooltip() != null && !control.getTooltip().getText().isBlank()) {
            return control.getTooltip().getText();
        }
        if (control instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            return labeled.getText();
        }
        if (control instanceof TextInputControl field && field.getPromptText() != null && !field.getPromptText().isBlank()) {
            return field.getPromptText();
        }
        return control.getAccessibleText() == null ? "" : control.getAccessibleText();
    }

    private void bindTheme() {
        Map<ThemeChoice, ToggleButton> buttons = Map.of(
                ThemeChoice.LIGHT, themeLight, ThemeChoice.DARK, themeDark, ThemeChoice.SYSTEM, themeSystem);
        ToggleGroup group = new ToggleGroup();
        // in screen order, which is the order the arrow keys move in
        for (ThemeChoice choice : List.of(ThemeChoice.LIGHT, ThemeChoice.DARK, ThemeChoice.SYSTEM)) {
            buttons.get(choice).setToggleGroup(group);
            buttons.get(choice).setUserData(choice);
        }
        themeLight.setTooltip(new Tooltip(messages.get("shell.theme.light.tooltip")));
        themeDark.setTooltip(new Tooltip(messages.get("shell.theme.dark.tooltip")));
        themeSystem.setTooltip(new Tooltip(messages.get("shell.theme.system.tooltip")));
        buttons.get(model.themeProperty().get()).setSelected(true);
        model.themeProperty().addListener((obs, old, now) -> buttons.get(now).setSelected(true));
        // the arrow keys select a choice without pressing it, and a toggle group lets the operator deselect
        // everything: follow the selection, and keep the current choice selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null) {
                model.themeProperty().set((ThemeChoice) now.getUserData());
            }
        });
    }

    private void bindStatusBar() {
        bindApi(derStatus, Api.DER_CONNECT);
        bindApi(fynnStatus, Api.FYNN);
        lastRefresh.textProperty().bind(model.lastRefreshProperty());
        teamStatusView.bind(teamStatus);
        // what the environment does not offer stays in sight, not only in a notice that goes away
        capabilityStatusView.bind(capabilityStatus);
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
        cancelWork.setAccessibleText(messages.get("shell.work.cancel.accessible", task.title()));
        workProgress.progressProperty().bind(task.progressProperty());
        cancelWork.setVisible(task.isCancellable());
        cancelWork.setOnAction(e -> task.cancel());
    }
}
