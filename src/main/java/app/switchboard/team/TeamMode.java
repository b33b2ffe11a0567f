package app.switchboard.team;

import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.SecretStore;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Team mode as the console and the command line use it: the saved settings, the password in the
 * secret store, and the replicator that runs while a team database is set up. Without settings
 * everything stays on this computer, as by default.
 */
public final class TeamMode implements AutoCloseable {
    private final TeamSettingsStore settings;
    private final SecretStore secrets;
    private final ActivityLog log;
    private final ReplicationMark mark;
    private final Clock clock;
    private final TeamReplicator.Timing timing;
    private final List<Consumer<TeamLogStatus>> listeners = new CopyOnWriteArrayList<>();
    private final TeamChanges changes = new TeamChanges();
    private TeamReplicator replicator;
    private TeamListener listener;
    /* volatile, read without the lock: the window asks on the FX thread while connect() may hold the lock for seconds */
    private volatile TeamDatabase database;
    private volatile TeamLogStatus status = TeamLogStatus.localOnly();

    public TeamMode(TeamSettingsStore settings, SecretStore secrets, ActivityLog log, ReplicationMark mark, Clock clock,
                    TeamReplicator.Timing timing) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.log = Objects.requireNonNull(log, "log");
        this.mark = Objects.requireNonNull(mark, "mark");
        this.clock = clock;
        this.timing = timing;
    }

    public Optional<TeamSettings> settings() {
        return settings.current();
    }

    /**
     * Connects with these settings and brings the schema up to date, writing nothing else; returns
     * the schema version. May block for the connect timeout: call it off the FX thread.
     */
    public String test(TeamSettings candidate, String password) throws TeamException {
        return TeamSchema.migrate(TeamDatabase.of(candidate, password));
    }

    /** Tests, then keeps the settings and the password (in the secret store) and starts shipping. */
    public synchronized String connect(TeamSettings candidate, String password) throws TeamException {
        String version = test(candidate, password);
        if (password == null || password.isEmpty()) {
            secrets.remove(TeamSettings.PASSWORD_KEY);
        } else {
            secrets.put(TeamSettings.PASSWORD_KEY, password);
        }
        settings.save(candidate);
        stopReplicator();
        startReplicator(candidate, password);
        return version;
    }

    /** Stops shipping and forgets the settings and the password; the local log stays as it is. */
    public synchronized void disconnect() {
        stopReplicator();
        settings.clear();
        secrets.remove(TeamSettings.PASSWORD_KEY);
        database = null;
        publish(TeamLogStatus.localOnly());
    }

    /**
     * Starts shipping when a team database is set up. Reads the password from the secret store, which
     * may ask for the master passphrase: call it off the FX thread. Returns at once when the database
     * is unreachable; the status says so.
     */
    public synchronized void start() {
        Optional<TeamSettings> saved = settings.current();
        if (saved.isEmpty() || replicator != null) {
            return;
        }
        startReplicator(saved.get(), secrets.get(TeamSettings.PASSWORD_KEY).orElse(null));
    }

    /** Where new team log entries are announced (live, through LISTEN/NOTIFY) while team mode is on. */
    public TeamChanges changes() {
        return changes;
    }

    /** Whether colleagues' new entries are heard live now. */
    public synchronized boolean listening() {
        return listener != null && listener.listening();
    }

    /** The team database while team mode is on, for reading the team log. */
    public Optional<TeamDatabase> database() {
        return Optional.ofNullable(database);
    }

    /**
     * The team's published environments: through the running team mode's database, or (the command
     * line, which starts no replicator to read them) through the saved settings and password.
     */
    public app.switchboard.credentials.SharedEnvironments environments() {
        return new TeamEnvironments(() -> database().or(() -> settings.current().flatMap(saved -> {
            try {
                return Optional.of(TeamDatabase.of(saved, secrets.get(TeamSettings.PASSWORD_KEY).orElse(null)));
            } catch (TeamException e) {
                return Optional.empty();
            }
        })));
    }

    public TeamLogStatus status() {
        return status;
    }

    /** Ships what is waiting and returns the status; the command line calls this before it exits. */
    public TeamLogStatus shipNow() throws InterruptedException {
        TeamReplicator running;
        synchronized (this) {
            running = replicator;
        }
        return running == null ? status() : running.shipNow();
    }

    /** Called with every status change, on a background thread. */
    public void onStatus(Consumer<TeamLogStatus> listener) {
        listeners.add(listener);
        listener.accept(status);
    }

    private void startReplicator(TeamSettings chosen, String password) {
        try {
            database = TeamDatabase.of(chosen, password);
        } catch (TeamException e) {
            publish(TeamLogStatus.refused(e.words(), 0));
            return;
        }
        replicator = new TeamReplicator(log, database, mark, clock, timing);
        replicator.onStatus(this::publish);
        replicator.start();
        listener = new TeamListener(database, changes);
        listener.start();
    }

    private void stopReplicator() {
        if (replicator != null) {
            replicator.close();
            replicator = null;
        }
        if (listener != null) {
            listener.close();
            listener = null;
        }
    }

    /** Not synchronized: the replicator's thread calls it while connect or disconnect may hold the lock and wait for it. */
    private void publish(TeamLogStatus now) {
        status = now;
        listeners.forEach(listener -> listener.accept(now));
    }

    @Override
    public synchronized void close() {
        stopReplicator();
    }
}
