package app.switchboard.ui.common.session;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentOrigin;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.ErrorText;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The environment the console is working on and how it stands with each API. Every view observes
 * it: switching environments here is what the whole window follows. Used on the JavaFX thread.
 */
public final class EnvironmentSession {
    private static final Logger LOG = LoggerFactory.getLogger(EnvironmentSession.class);
    private final EnvironmentStore store;
    private final EnvironmentConnector connector;
    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<Environment> environments = FXCollections.observableArrayList();
    /* by environment id: made here or from the team, read with the list */
    private final Map<String, EnvironmentOrigin> origins = new java.util.HashMap<>();
    private final ObjectProperty<Environment> current = new SimpleObjectProperty<>();
    private final Map<Api, ObjectProperty<ConnectionState>> states = new EnumMap<>(Api.class);
    private final StringProperty problem = new SimpleStringProperty();
    private final Messages messages;
    private final ObjectProperty<Instant> lastRefresh = new SimpleObjectProperty<>();
    /* read by the change engine's gateways on worker threads */
    private volatile EnvironmentConnection connection;

    public EnvironmentSession(EnvironmentStore store, EnvironmentConnector connector, TaskRunner tasks, Clock clock,
                              Messages messages) {
        this.messages = messages;
        this.store = store;
        this.connector = connector;
        this.tasks = tasks;
        this.clock = clock;
        for (Api api : Api.values()) {
            states.put(api, new SimpleObjectProperty<>(ConnectionState.NOT_CONNECTED));
        }
        readEnvironments();
    }

    public ObservableList<Environment> environments() {
        return environments;
    }

    public ReadOnlyObjectProperty<Environment> currentProperty() {
        return current;
    }

    public Environment current() {
        return current.get();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty(Api api) {
        return states.get(api);
    }

    /** Why the current environment cannot be used, in a sentence; {@code null} while all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<Instant> lastRefreshProperty() {
        return lastRefresh;
    }

    public Optional<EnvironmentConnection> connection() {
        return Optional.ofNullable(connection);
    }

    /** The environment to start on: the remembered one if it still exists, otherwise the first (Demo). */
    public Optional<Environment> startingEnvironment(String remembered) {
        return Optional.ofNullable(remembered)
                .flatMap(store::find)
                .or(() -> environments.stream().findFirst());
    }

    /**
     * Re-reads the environment list, after the operator added or removed one or the team changed one.
     * When the environment worked on now was changed (by the team), the session reconnects with it.
     */
    public void reloadEnvironments() {
        readEnvironments();
        Environment now = current.get();
        if (now != null && !now.isDemo()) {
            environments.stream().filter(e -> e.id().equals(now.id()) && !e.equals(now)).findFirst()
                    .ifPresent(this::switchTo);
        }
    }

    private void readEnvironments() {
        List<Environment> all = store.list();
        origins.clear();
        all.forEach(e -> origins.put(e.id(), store.origin(e)));
        environments.setAll(all);
    }

    /** Whether the environment was made here or comes from the team, as of the last reading of the list. */
    public EnvironmentOrigin originOf(Environment environment) {
        return environment == null ? EnvironmentOrigin.LOCAL : origins.getOrDefault(environment.id(), EnvironmentOrigin.LOCAL);
    }

    public void switchTo(Environment environment) {
        if (environment == null || environment.equals(current.get())) {
            return;
        }
        disconnect();
        current.set(environment);
        problem.set(null);
        lastRefresh.set(null);
        // a connection begun ahead at start-up that is ready: the views can load at once
        Optional<EnvironmentConnection> open = connector.takeOpen(environment);
        if (open.isPresent()) {
            connected(environment, open.get());
            return;
        }
        setAll(ConnectionState.CONNECTING);
        tasks.task(messages.get("errors.task.connecting", environment.name()), progress -> connector.connect(environment))
                .onSuccess(opened -> connected(environment, opened))
                .onFailure(error -> failed(environment, error))
                .onCancelled(() -> setAll(ConnectionState.NOT_CONNECTED))
                .start();
    }

    /** Views call this after they have fetched fresh data, for the status bar's "last refresh". */
    public void markRefreshed() {
        lastRefresh.set(clock.instant());
    }

    /** Views report what they learn about an API while using it, for example a failed request. */
    public void reportState(Api api, ConnectionState state) {
        states.get(api).set(state);
    }

    public void disconnect() {
        EnvironmentConnection old = connection;
        connection = null;
        if (old != null) {
            tasks.task(messages.get("errors.task.disconnecting", old.environment().name()), progress -> {
                old.close();
                return null;
            }).notCancellable().start();
        }
    }

    private void connected(Environment environment, EnvironmentConnection opened) {
        if (!environment.equals(current.get())) {
            opened.close();
            return;
        }
        connection = opened;
        setAll(ConnectionState.CONNECTED);
        markRefreshed();
    }

    /** The interface language, for views and services that get the session but show text. */
    public Messages messages() {
        return messages;
    }

    private void failed(Environment environment, Throwable error) {
        if (!environment.equals(current.get())) {
            return;
        }
        boolean unavailable = error instanceof EnvironmentUnavailableException;
        if (!unavailable) {
            LOG.warn("Could not connect to {}", environment.name(), error);
        }
        setAll(unavailable ? ConnectionState.UNAVAILABLE : ConnectionState.FAILED);
        problem.set(unavailable ? messages.text(((EnvironmentUnavailableException) error).words())
                : messages.get("errors.connect.failed", environment.name(), ErrorText.reason(error, messages)));
    }

    private void setAll(ConnectionState state) {
        states.values().forEach(property -> property.set(state));
    }
}
