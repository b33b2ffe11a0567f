package app.switchboard.ui.team;

import app.switchboard.credentials.SecretStore;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamSettings;
import app.switchboard.ui.common.notice.ErrorText;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings → Team: where the team database is, its password (kept in the secret store, never
 * shown again), Test connection and Connect in words, Disconnect. The work runs in the background.
 */
public final class TeamSettingsViewModel {
    private final TeamMode team;
    private final SecretStore secrets;
    private final TaskRunner tasks;
    private final Messages messages;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(TeamSettings.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty jdbcUrl = new SimpleStringProperty("");
    private final StringProperty desk = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty result = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty connected = new SimpleBooleanProperty();

    public TeamSettingsViewModel(TeamMode team, SecretStore secrets, TaskRunner tasks, Messages messages) {
        this.team = team;
        this.secrets = secrets;
        this.tasks = tasks;
        this.messages = messages;
        team.settings().ifPresent(this::show);
    }

    private void show(TeamSettings saved) {
        host.set(saved.host() == null ? "" : saved.host());
        port.set(String.valueOf(saved.port()));
        database.set(saved.database() == null ? "" : saved.database());
        user.set(saved.user() == null ? "" : saved.user());
        jdbcUrl.set(saved.jdbcUrl() == null ? "" : saved.jdbcUrl());
        desk.set(saved.desk() == null ? "" : saved.desk());
        connected.set(true);
    }

    /** Connects and checks the schema, keeping nothing. */
    public void test() {
        run(false);
    }

    /** Tests, then keeps the settings and the password and starts shipping the activity log. */
    public void connect() {
        run(true);
    }

    public void disconnect() {
        busy.set(true);
        tasks.task(messages.get("settings.team.task.disconnect"), progress -> {
            team.disconnect();
            return true;
        }).onSuccess(done -> {
            busy.set(false);
            connected.set(false);
            password.set("");
            say(false, messages.get("settings.team.disconnected"));
        }).onFailure(error -> {
            busy.set(false);
            say(true, ErrorText.reason(error, messages));
        }).start();
    }

    private void run(boolean keep) {
        TeamSettings candidate;
        try {
            candidate = candidate();
        } catch (NumberFormatException e) {
            say(true, messages.get("settings.team.badPort", port.get()));
            return;
        }
        String typed = password.get();
        busy.set(true);
        say(false, messages.get("settings.team.testing"));
        tasks.task(messages.get("settings.team.task.test"), progress -> {
            // an empty field keeps the password stored before
            String secret = typed == null || typed.isEmpty()
                    ? secrets.get(TeamSettings.PASSWORD_KEY).orElse(null) : typed;
            return keep ? team.connect(candidate, secret) : team.test(candidate, secret);
        }).onSuccess(version -> {
            busy.set(false);
            password.set("");
            connected.set(keep || connected.get());
            say(false, messages.get(keep ? "settings.team.connected" : "settings.team.tested", version));
        }).onFailure(error -> {
            busy.set(false);
            say(true, ErrorText.reason(error, messages));
        }).start();
    }

    TeamSettings candidate() {
        String url = jdbcUrl.get() == null ? "" : jdbcUrl.get().strip();
        if (!url.isEmpty()) {
            return TeamSettings.ofUrl(url, user.get(), desk.get());
        }
        String portText = port.get() == null || port.get().isBlank() ? String.valueOf(TeamSettings.DEFAULT_PORT) : port.get().strip();
        return TeamSettings.ofHost(host.get(), Integer.parseInt(portText), database.get(), user.get(), desk.get());
    }

    private void say(boolean problem, String text) {
        failed.set(problem);
        result.set(text);
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty jdbcUrlProperty() {
        return jdbcUrl;
    }

    public StringProperty deskProperty() {
        return desk;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty connectedProperty() {
        return connected;
    }
}
