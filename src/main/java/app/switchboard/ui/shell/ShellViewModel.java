package app.switchboard.ui.shell;

import app.switchboard.credentials.Environment;
import app.switchboard.settings.SettingsStore;
import app.switchboard.settings.ThemeChoice;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.RunningTask;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;

/**
 * State of the main window without any nodes: title, the environment band, the selected section,
 * the theme, and the status bar's texts. Remembers choices in the settings as they are made.
 */
public final class ShellViewModel {
    private final EnvironmentSession session;
    private final SettingsStore settings;
    private final ThemeManager themes;
    private final TaskRunner tasks;
    private final Clock clock;
    private final Messages messages;
    private final app.switchboard.text.DateTexts time;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>();
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>();
    private final StringBinding title;
    private final StringBinding lastRefresh;
    private final ObjectBinding<RunningTask> currentWork;
    private final StringBinding otherWork;

    public ShellViewModel(EnvironmentSession session, SettingsStore settings, ThemeManager themes,
                          TaskRunner tasks, Clock clock, Messages messages) {
        this.messages = messages;
        this.time = app.switchboard.text.DateTexts.of(messages.locale(), clock.getZone());
        this.session = session;
        this.settings = settings;
        this.themes = themes;
        this.tasks = tasks;
        this.clock = clock;
        section.set(Section.fromSetting(settings.current().lastView()));
        theme.set(settings.current().theme());
        title = Bindings.createStringBinding(() -> environment() == null
                ? messages.get("shell.title") : messages.get("shell.title.environment", environment().name()), session.currentProperty());
        lastRefresh = Bindings.createStringBinding(() -> describeRefresh(session.lastRefreshProperty().get()),
                session.lastRefreshProperty());
        ObservableList<RunningTask> running = tasks.running();
        currentWork = Bindings.createObjectBinding(() -> running.isEmpty() ? null : running.get(0), running);
        otherWork = Bindings.createStringBinding(() -> running.size() <= 1 ? ""
                : messages.get("shell.work.more", running.size() - 1), running);
    }

    /** Applies the remembered theme and opens the remembered (or first) environment. */
    public void start() {
        themes.apply(theme.get());
        section.addListener((obs, old, now) -> settings.update(s -> s.withLastView(now.name())));
        theme.addListener((obs, old, now) -> {
            themes.apply(now);
            settings.update(s -> s.withTheme(now));
        });
        session.currentProperty().addListener((obs, old, now) -> {
            if (now != null) {
                settings.update(s -> s.withLastEnvironment(now.name()));
            }
        });
        session.startingEnvironment(settings.current().lastEnvironment()).ifPresent(session::switchTo);
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Environment> environments() {
        return session.environments();
    }

    public EnvironmentSession session() {
        return session;
    }

    public void selectEnvironment(Environment environment) {
        session.switchTo(environment);
    }

    public Environment environment() {
        return session.current();
    }

    /** Why the current environment cannot be used; {@code null} while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return session.problemProperty();
    }

    public StringBinding apiStatus(Api api) {
        return Bindings.createStringBinding(() -> messages.get("shell.api.status", api.displayName(messages), state(api).words(messages)),
                session.stateProperty(api));
    }

    public ConnectionState state(Api api) {
        return session.stateProperty(api).get();
    }

    public StringBinding lastRefreshProperty() {
        return lastRefresh;
    }

    /** The oldest running background task, shown with its progress; {@code null} when idle. */
    public ObjectBinding<RunningTask> currentWorkProperty() {
        return currentWork;
    }

    public StringBinding otherWorkProperty() {
        return otherWork;
    }

    public Messages messages() {
        return messages;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    private String describeRefresh(Instant instant) {
        if (instant == null) {
            return messages.get("shell.refresh.never");
        }
        return messages.get("shell.refresh.at", time.exactTime(instant));
    }
}
