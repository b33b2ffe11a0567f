package app.switchboard.cli;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.PostgresChangeRequests;
import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.ApprovalRule;
import app.switchboard.ops.ApprovalGate;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamException;
import app.switchboard.team.TeamSettings;
import app.switchboard.client.SharedHttp;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.DeferredSecretStore;
import app.switchboard.credentials.DemoAwareSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.NoticingSecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.credentials.SecretStores;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.paths.AppPaths;
import app.switchboard.settings.SettingsStore;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamReplicator;
import app.switchboard.team.TeamSettingsStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The command line's composition, built for one command run from the same parts the app uses:
 * the environments file, the secret store (keychain or encrypted file, unlocked through the
 * terminal or {@code --passphrase-env}), the API connector (Demo starts the sandbox in-process),
 * the change engine and the activity log. Everything is built on first use, so that
 * {@code env list} never starts a sandbox or asks for a passphrase.
 */
public final class CliContext implements AutoCloseable {
    private final CliSetup setup;
    private final CommonOptions options;
    private final AppPaths paths;
    private final ExecutorService workers = Executors.newFixedThreadPool(BulkChanges.DEFAULT_IN_FLIGHT, daemonThreads());
    private SharedHttp http;
    private final SecretStore secrets;
    private final JsonEnvironmentStore environments;
    private SharedEnvironmentStore shared;
    private boolean synced;
    private EnvironmentConnection connection;
    private TeamMode team;
    private boolean changed;

    CliContext(CliSetup setup, CommonOptions options) {
        this.setup = setup;
        this.options = options;
        this.paths = setup.paths().get();
        TerminalPassphrasePrompt prompt = new TerminalPassphrasePrompt(setup.terminal(), options.passphraseVariable(),
                setup.variables());
        this.secrets = new NoticingSecretStore(new DemoAwareSecretStore(
                new DeferredSecretStore(() -> SecretStores.choose(paths, prompt, workers))), setup.secrets()::remember);
        this.environments = new JsonEnvironmentStore(paths);
    }

    public CliSetup setup() {
        return setup;
    }

    public AppPaths paths() {
        return paths;
    }

    /** The HTTP client, built on first use: commands over local files never need it. */
    public synchronized SharedHttp http() {
        if (http == null) {
            http = new SharedHttp(setup.secrets());
        }
        return http;
    }

    /**
     * Text from outside (a server's words, a target's name) as it may be printed: every secret the
     * run has seen masked, terminal controls shown as escapes.
     */
    public String printable(String text) {
        return TerminalText.safe(setup.secrets().mask(text));
    }

    public SecretStore secrets() {
        return secrets;
    }

    /** This computer's environments with the ones the team publishes (docs/TEAM.md, "Shared environments"). */
    public synchronized SharedEnvironmentStore environments() {
        if (shared == null) {
            shared = new SharedEnvironmentStore(environments, paths.config(), team().environments(), secrets, setup.clock());
        }
        return shared;
    }

    /**
     * Reads the team's environments once in this run, when a team database is set up; an unreachable
     * one leaves the last known definitions usable. Returns what could not be taken, in words.
     */
    public synchronized List<app.switchboard.text.Words> syncTeamEnvironments() {
        if (synced || new TeamSettingsStore(paths.config()).current().isEmpty()) {
            return List.of();
        }
        synced = true;
        return environments().sync();
    }

    public ActivityLog activityLog() {
        return ActivityLog.in(paths).masking(setup.secrets());
    }

    /** Team mode over this computer's settings, secret store and activity log; built on first use. */
    public synchronized TeamMode team() {
        if (team == null) {
            team = new TeamMode(new TeamSettingsStore(paths.config()), secrets, activityLog(), new ReplicationMark(paths.data()),
                    setup.clock(), TeamReplicator.Timing.defaults());
        }
        return team;
    }

    /** The environment named by {@code --env}, else the one last selected in the app, else Demo. */
    public Environment environment() {
        String name = options.environment() != null ? options.environment() : lastUsed();
        return find(name);
    }

    /** Whether {@code --env} was given (commands over local files filter by it only then). */
    public boolean environmentChosen() {
        return options.environment() != null;
    }

    public Environment find(String name) {
        Optional<Environment> known = environments.list().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst();
        if (known.isEmpty()) {
            // perhaps the team published it since this computer last looked
            syncTeamEnvironments();
        }
        return known.or(() -> environments.list().stream().filter(e -> e.name().equalsIgnoreCase(name)).findFirst())
                .orElseThrow(() -> new UsageException("There is no environment called \"" + name + "\". Known: "
                        + String.join(", ", environments.list().stream().map(Environment::name).toList())
                        + " (see 'switchboard env list')."));
    }

    private String lastUsed() {
        String last = new SettingsStore(paths.config(), Runnable::run).current().lastEnvironment();
        boolean known = last != null && environments.list().stream().anyMatch(e -> e.name().equals(last));
        return known ? last : Environment.DEMO_NAME;
    }

    /** Connects to the chosen environment once (for Demo: starts the sandbox); closed with the context. */
    public EnvironmentConnection connection() throws EnvironmentUnavailableException {
        if (connection == null) {
            connection = new ApiConnector(http(), secrets, setup::sandbox).connect(environment());
            if (connection.environment().isDemo()) {
                environments.useDemo(connection.environment());
            }
        }
        return connection;
    }

    /** The change engine over this connection, asking through {@code confirmer}. */
    public ChangeEngine engine(CliConfirmer confirmer) throws EnvironmentUnavailableException {
        EnvironmentConnection open = connection();
        changed = true;
        // the team database is consulted only where the environment asks for approval: elsewhere no
        // password is read and nothing is connected
        ApprovalGate approvals = open.environment().approval() == ApprovalRule.NONE ? ApprovalGate.withoutTeamDatabase()
                : changeRequests().map(ApprovalGate::through).orElse(ApprovalGate.withoutTeamDatabase());
        return new ChangeEngine(List.of(new DerFeatureGateway(env -> open.der()), new FynnEntitlementGateway(env -> open.fynn())),
                CliConfirmer.consultAlways(), confirmer, activityLog(), new ReadOnlyApis(), new UndoStack(), setup.clock(),
                System.getProperty("user.name", "unknown"), approvals);
    }

    /** Change requests in the team database, when one is set up on this computer. */
    public Optional<ChangeRequests> changeRequests() {
        Optional<TeamSettings> settings = new TeamSettingsStore(paths.config()).current();
        if (settings.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostgresChangeRequests(TeamDatabase.of(settings.get(),
                    secrets.get(TeamSettings.PASSWORD_KEY).orElse(null))));
        } catch (TeamException e) {
            throw new UsageException(e.getMessage());
        }
    }

    public CliConfirmer confirmer(ChangeOptions change, PrintWriter err) throws EnvironmentUnavailableException {
        return new CliConfirmer(connection().environment(), change, setup.terminal(), err);
    }

    public BulkChanges bulk(ChangeEngine engine) {
        return new BulkChanges(engine, workers);
    }

    @Override
    public void close() {
        shipChanges();
        if (team != null) {
            team.close();
        }
        if (connection != null) {
            connection.close();
        }
        workers.shutdownNow();
        if (http != null) {
            http.close();
        }
    }

    /**
     * A command that changed something ships its entries to the team log before it exits, when a team
     * database is set up; one that is unreachable leaves them for the console or the next command.
     */
    private void shipChanges() {
        if (!changed || new TeamSettingsStore(paths.config()).current().isEmpty()) {
            return;
        }
        try {
            team().start();
            team().shipNow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(CliContext.class).warn("Could not ship to the team log", e);
        }
    }

    private static ThreadFactory daemonThreads() {
        ThreadFactory base = Executors.defaultThreadFactory();
        return runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("switchboard-cli-" + thread.getName());
            thread.setDaemon(true);
            return thread;
        };
    }
}
