package app.switchboard.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.NoBackendConnector;
import app.switchboard.settings.SettingsStore;
import app.switchboard.settings.ThemeChoice;
import app.switchboard.ui.common.session.Api;
import app.switchboard.ui.common.session.ConnectionState;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShellViewModelTest {
    @TempDir
    Path config;
    private final TestSessions sessions = new TestSessions();
    private final List<String> appliedStylesheets = new ArrayList<>();

    private ShellViewModel model(EnvironmentConnector connector, SettingsStore settings) {
        EnvironmentSession session = sessions.session(connector);
        ThemeManager themes = new ThemeManager(() -> true, sessions.tasks, appliedStylesheets::add);
        return new ShellViewModel(session, settings, themes, sessions.tasks, TestSessions.CLOCK,
                app.switchboard.ui.common.fx.Messages.load(java.util.Locale.ENGLISH));
    }

    private SettingsStore settings() {
        return new SettingsStore(config, Runnable::run);
    }

    @Test
    void aFirstStartOpensDemoAndNamesItInTheTitle() {
        ShellViewModel model = model(new NoBackendConnector(), settings());
        model.start();
        assertThat(model.titleProperty().get()).isEqualTo("Switchboard — Demo");
        assertThat(model.sectionProperty().get()).isEqualTo(Section.ENTITIES);
    }

    @Test
    void startReopensTheRememberedEnvironment() {
        SettingsStore settings = settings();
        settings.update(s -> s.withLastEnvironment("Staging EU"));
        ShellViewModel model = model(new NoBackendConnector(), settings);
        model.start();
        assertThat(model.environment()).isEqualTo(TestSessions.STAGING);
    }

    @Test
    void aRememberedEnvironmentThatNoLongerExistsFallsBackToDemo() {
        SettingsStore settings = settings();
        settings.update(s -> s.withLastEnvironment("Deleted last week"));
        ShellViewModel model = model(new NoBackendConnector(), settings);
        model.start();
        assertThat(model.environment().name()).isEqualTo("Demo");
    }

    @Test
    void sectionThemeAndEnvironmentChoicesAreRememberedOnDisk() throws IOException {
        ShellViewModel model = model(new NoBackendConnector(), settings());
        model.start();
        model.sectionProperty().set(Section.REVIEW);
        model.themeProperty().set(ThemeChoice.DARK);
        model.selectEnvironment(TestSessions.STAGING);

        SettingsStore reread = settings();
        assertThat(reread.current().lastView()).isEqualTo("REVIEW");
        assertThat(reread.current().theme()).isEqualTo(ThemeChoice.DARK);
        assertThat(reread.current().lastEnvironment()).isEqualTo("Staging EU");
        assertThat(appliedStylesheets).last().isEqualTo(ThemeManager.DARK.getUserAgentStylesheet());
    }

    @Test
    void followingTheSystemUsesWhatTheDesktopPrefers() {
        ShellViewModel model = model(new NoBackendConnector(), settings());
        model.start();
        model.themeProperty().set(ThemeChoice.LIGHT);
        model.themeProperty().set(ThemeChoice.SYSTEM);
        assertThat(appliedStylesheets).last().isEqualTo(ThemeManager.DARK.getUserAgentStylesheet());
    }

    @Test
    void statusBarSaysTheDemoIsNotAvailableWithoutABackend() {
        ShellViewModel model = model(new NoBackendConnector(), settings());
        model.start();
        assertThat(model.apiStatus(Api.DER_CONNECT).get()).isEqualTo("DER Connect: not available");
        assertThat(model.apiStatus(Api.FYNN).get()).isEqualTo("Fynn: not available");
        assertThat(model.problemProperty().get()).contains("Demo environment is not available");
        assertThat(model.lastRefreshProperty().get()).isEqualTo("Last refresh: never");
        assertThat(sessions.reportedErrors).as("an unavailable environment is a state, not an error dialog").isEmpty();
    }

    @Test
    void statusBarShowsConnectedApisAndTheRefreshTime() {
        ShellViewModel model = model(TestSessions.connectingToEverything(), settings());
        model.start();
        assertThat(model.state(Api.DER_CONNECT)).isEqualTo(ConnectionState.CONNECTED);
        assertThat(model.apiStatus(Api.FYNN).get()).isEqualTo("Fynn: connected");
        assertThat(model.lastRefreshProperty().get()).startsWith("Last refresh: 10:15:30");
        assertThat(model.problemProperty().get()).isNull();
    }

    @Test
    void anUnexpectedConnectionFailureNamesTheEnvironmentAndTheReason() {
        ShellViewModel model = model(environment -> {
            throw new IllegalStateException("token endpoint answered 401: invalid_client");
        }, settings());
        model.start();
        assertThat(model.state(Api.DER_CONNECT)).isEqualTo(ConnectionState.FAILED);
        assertThat(model.problemProperty().get())
                .isEqualTo("Could not connect to Demo: token endpoint answered 401: invalid_client");
    }

    @Test
    void runningWorkIsSummarisedForTheStatusBar() {
        ShellViewModel model = model(new NoBackendConnector(), settings());
        List<String> seen = new ArrayList<>();
        sessions.tasks.task("Loading entities", outer -> {
            seen.add(model.currentWorkProperty().get().title() + "|" + model.otherWorkProperty().get());
            sessions.tasks.task("Loading subscriptions", inner -> {
                seen.add(model.currentWorkProperty().get().title() + "|" + model.otherWorkProperty().get());
                return null;
            }).start();
            return null;
        }).start();
        assertThat(seen).containsExactly("Loading entities|", "Loading entities|+1 more");
        assertThat(model.currentWorkProperty().get()).isNull();
    }
}
