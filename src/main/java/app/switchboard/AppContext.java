package app.switchboard;

import app.switchboard.audit.ActivityLog;
import app.switchboard.client.KnownSecrets;
import app.switchboard.client.SharedHttp;
import app.switchboard.logging.LogMasking;
import app.switchboard.connect.AheadConnector;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.DeferredSecretStore;
import app.switchboard.credentials.DemoAwareSecretStore;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.JsonEnvironmentStore;
import app.switchboard.credentials.NoticingSecretStore;
import app.switchboard.credentials.SharedEnvironmentStore;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.credentials.SecretStore;
import app.switchboard.credentials.SecretStores;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.Confirmer;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.OfferedReads;
import app.switchboard.capabilities.CapabilityRegistry;
import app.switchboard.ui.common.session.CapabilityNotices;
import app.switchboard.ui.common.session.CapabilityStatus;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.settings.SettingsStore;
import app.switchboard.approvals.PostgresChangeRequests;
import app.switchboard.ops.ApprovalGate;
import app.switchboard.ui.requests.RequestsViewModel;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.FxConfirmer;
import app.switchboard.ui.common.change.StaleWriteChooser;
import app.switchboard.ui.common.change.StaleWriteDialog;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.ControllerFactory;
import app.switchboard.ui.common.fx.FxThread;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.fx.ViewLoader;
import app.switchboard.ui.common.notice.ErrorDialogs;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.audit.SharedActivity;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamActivityReader;
import app.switchboard.team.TeamEnvironments;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamReplicator;
import app.switchboard.team.TeamSettingsStore;
import app.switchboard.ui.team.TeamStatusView;
import app.switchboard.credentials.Environment;
import app.switchboard.ui.settings.FxPassphrasePrompt;
import app.switchboard.ui.shell.DesktopAppearance;
import app.switchboard.ui.shell.SystemAppearance;
import app.switchboard.ui.shell.ThemeManager;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The composition root: builds every service once, in dependency order, and offers them to FXML
 * controllers through the {@link ControllerFactory}. To add a service, build it in the
 * constructor and {@link #provide} it; controllers then simply ask for it in their constructor.
 * Tests replace parts through the {@link Builder}.
 */
public final class AppContext implements AutoCloseable {
    /** Background threads: enough for a few parallel API calls, few enough not to starve two cores. */
    private static final int WORKERS = 4;
    private static final int QUEUED_TASKS = 500;
    /** A bulk run leaves one worker free, so views still load while it runs. */
    private static final int BULK_IN_FLIGHT = WORKERS - 1;

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();
    private final AppPaths paths;
    private final ExecutorService workers;
    private final SettingsStore settings;
    private final ErrorDialogs errors;
    private final TaskRunner tasks;
    private final EnvironmentSession session;
    private final ThemeManager themes;
    private final ViewLoader views;
    private final SharedHttp http;
    private final AheadConnector connector;
    private TeamMode team;
    private TeamActivityReader teamLog;

    private AppContext(Builder builder) {
        paths = builder.paths;
        workers = newWorkerPool();
        Executor settingsWriter = builder.sameThreadTasks ? Runnable::run : workers;

        provide(AppPaths.class, paths);
        provide(Clock.class, builder.clock);
        settings = provide(SettingsStore.class, new SettingsStore(paths.config(), settingsWriter));
        KnownSecrets known = provide(KnownSecrets.class, LogMasking.processSecrets());
        http = provide(SharedHttp.class, new SharedHttp(known));
        Messages messages = provide(Messages.class, Messages.load(builder.locale != null
                ? builder.locale : settings.current().locale()));
        PassphrasePrompt prompt = builder.passphraseInWindow ? new FxPassphrasePrompt(messages) : builder.passphrasePrompt;
        SecretStore secrets = provide(SecretStore.class, new NoticingSecretStore(new DemoAwareSecretStore(builder.secrets != null
                ? builder.secrets
                : new DeferredSecretStore(() -> SecretStores.choose(paths, prompt, workers))), known::remember));
        // a removed environment takes its kept review scan (customer names) with it
        ReviewScans scans = provide(ReviewScans.class, ReviewScans.in(paths));
        // environments the team's admin publishes join this computer's own (docs/TEAM.md, "Shared environments")
        SharedEnvironmentStore shared = provide(SharedEnvironmentStore.class, new SharedEnvironmentStore(
                builder.environments != null ? builder.environments : new JsonEnvironmentStore(paths), paths.config(),
                new TeamEnvironments(() -> team == null ? Optional.empty() : team.database()), secrets, builder.clock));
        EnvironmentStore environments = provide(EnvironmentStore.class, scans.forgetting(shared));
        connector = new AheadConnector(builder.connector != null
                ? builder.connector
                : new ApiConnector(http, secrets, () -> builder.sandboxConfig.toBuilder().clock(builder.clock).build()));
        provide(EnvironmentConnector.class, connector);

        errors = provide(ErrorDialogs.class, new ErrorDialogs(paths.logs(), messages, known));
        tasks = provide(TaskRunner.class, builder.sameThreadTasks
                ? TaskRunner.sameThread(errors)
                : TaskRunner.onFxThread(workers, errors));
        session = provide(EnvironmentSession.class, new EnvironmentSession(environments, connector, tasks, builder.clock, messages));
        provide(Navigator.class, new Navigator());
        provide(app.switchboard.find.Finder.class, new app.switchboard.find.Finder());
        themes = provide(ThemeManager.class, new ThemeManager(builder.appearance, tasks));
        provideChanges(builder, messages);
        views = provide(ViewLoader.class, new ViewLoader(new ControllerFactory(Collections.unmodifiableMap(services)),
                messages));
    }

    /**
     * The change engine and what it needs. The gateways reach the API of the environment the
     * session is connected to now; a change for another environment fails with a clear reason.
     */
    private void provideChanges(Builder builder, Messages messages) {
        ActivityLog activity = provide(ActivityLog.class, ActivityLog.in(paths).masking(service(KnownSecrets.class)));
        ReadOnlyApis readOnly = provide(ReadOnlyApis.class, new ReadOnlyApis());
        UndoStack undo = provide(UndoStack.class, new UndoStack());
        ConfirmationPolicy policy = provide(ConfirmationPolicy.class,
                new ConfirmationPolicy(ConfirmationSettings.defaults()));
        CapabilityRegistry capabilities = provide(CapabilityRegistry.class, new CapabilityRegistry());
        provide(OfferedReads.class, capabilities);
        DerFeatureGateway der = provide(DerFeatureGateway.class,
                new DerFeatureGateway(env -> connectedTo(env).der(), capabilities));
        FynnEntitlementGateway fynn = provide(FynnEntitlementGateway.class,
                new FynnEntitlementGateway(env -> connectedTo(env).fynn()));
        Confirmer confirmer = provide(Confirmer.class,
                builder.confirmer != null ? builder.confirmer : new FxConfirmer(messages));
        // approvals (docs/TEAM.md): the team database as it is at each change; the window connects after start
        ApprovalGate approvals = provide(ApprovalGate.class, ApprovalGate.whenConnected(
                () -> team == null ? Optional.empty() : team.database().map(PostgresChangeRequests::new)));
        ChangeEngine engine = provide(ChangeEngine.class, new ChangeEngine(List.of(der, fynn), policy, confirmer,
                activity, readOnly, undo, builder.clock, builder.user, approvals));
        BulkChanges bulk = provide(BulkChanges.class, new BulkChanges(engine,
                builder.sameThreadTasks ? Runnable::run : workers, BULK_IN_FLIGHT));
        Executor fx = builder.sameThreadTasks ? Runnable::run : FxThread.executor();
        Notifier notifier = provide(Notifier.class, new Notifier(fx));
        ChangeRunner changes = provide(ChangeRunner.class, new ChangeRunner(engine, tasks, notifier,
                builder.staleWrites != null ? builder.staleWrites : StaleWriteDialog.chooser(messages), messages));
        provide(BulkFlow.class, new BulkFlow(bulk, changes, messages, fx));
        CapabilityNotices.install(session, capabilities, tasks, notifier, messages, fx);
        provide(CapabilityStatus.class, new CapabilityStatus(capabilities, session, messages, fx));
        provide(WriteAccess.class, new WriteAccess(readOnly, session, fx));
        provideTeam(builder, messages, activity);
        StaleWriteChooser staleWrites = builder.staleWrites != null ? builder.staleWrites : StaleWriteDialog.chooser(messages);
        RequestsViewModel requests = provide(RequestsViewModel.class, new RequestsViewModel(approvals, engine,
                service(EnvironmentStore.class), tasks, fx, staleWrites, messages, builder.clock));
        // the replicator reports from its own thread: the Requests view hears it on the FX thread once a toolkit
        // runs (with same-thread tasks its refresh otherwise touched the window from the replicator's thread);
        // a context built without a toolkit has no window, and refreshes where it is told
        team.onStatus(status -> {
            try {
                FxThread.executor().execute(requests::teamChanged);
            } catch (IllegalStateException noToolkit) {
                fx.execute(requests::teamChanged);
            }
        });
        provide(ActivityHistory.class, new ActivityHistory(activity, tasks, changes, session, messages,
                service(SharedActivity.class)));
    }

    /** Team mode (docs/TEAM.md): off until a team database is set up; the views read the team log only as SharedActivity. */
    private void provideTeam(Builder builder, Messages messages, ActivityLog activity) {
        team = provide(TeamMode.class, new TeamMode(new TeamSettingsStore(paths.config()), service(SecretStore.class),
                activity, new ReplicationMark(paths.data()), builder.clock, builder.teamTiming));
        teamLog = new TeamActivityReader(team, activity);
        provide(SharedActivity.class, teamLog);
        // the replicator reports from its own thread, so always through the FX thread, also with same-thread tasks
        provide(TeamStatusView.class, new TeamStatusView(team, FxThread.executor(), messages, builder.clock.getZone()));
        // the team published or unpublished an environment, or the listener (re)connected: take it and show it
        SharedEnvironmentStore shared = service(SharedEnvironmentStore.class);
        team.changes().onEnvironmentsChanged(() -> workers.execute(() -> {
            shared.sync();
            FxThread.executor().execute(session::reloadEnvironments);
        }));
    }

    private EnvironmentConnection connectedTo(Environment environment) {
        return session.connection()
                .filter(c -> c.environment().name().equals(environment.name()))
                .orElseThrow(() -> new app.switchboard.ops.NotConnectedException(environment.name()));
    }

    /** The application's context: asks for the master passphrase in a dialog when it is needed. */
    public static AppContext create(AppPaths paths) {
        return builder(paths).passphraseInWindow().build();
    }

    public static Builder builder(AppPaths paths) {
        return new Builder(paths);
    }

    private <T> T provide(Class<T> type, T service) {
        services.put(type, service);
        return service;
    }

    /** Everything controllers may ask for in their constructors, by type. */
    public Map<Class<?>, Object> services() {
        return Collections.unmodifiableMap(services);
    }

    /** One service by type, as a controller would get it; fails when there is none. */
    public <T> T service(Class<T> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalArgumentException("AppContext provides no " + type.getName());
        }
        return type.cast(service);
    }

    public AppPaths paths() {
        return paths;
    }

    public SettingsStore settings() {
        return settings;
    }

    public ErrorDialogs errors() {
        return errors;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public EnvironmentSession session() {
        return session;
    }

    public ThemeManager themes() {
        return themes;
    }

    public ViewLoader views() {
        return views;
    }

    /**
     * Starts connecting to the environment the window will open on (the remembered one, else Demo)
     * while the window is still being built; the session takes that connection over when it
     * switches to the environment. Call before the shell starts.
     */
    public void connectAhead() {
        session.startingEnvironment(settings.current().lastEnvironment())
                .ifPresent(environment -> connector.begin(environment, workers));
        startTeam();
    }

    /** Starts shipping to the team log when one is set up; an unreachable database never holds the window up. */
    public void startTeam() {
        workers.execute(team::start);
    }

    /** Saves settings and stops background work; the connection is released with the workers. */
    @Override
    public void close() {
        settings.flush();
        session.connection().ifPresent(connection -> connection.close());
        connector.close();
        team.close();
        teamLog.close();
        service(RequestsViewModel.class).close();
        workers.shutdownNow();
        http.close();
    }

    private static ExecutorService newWorkerPool() {
        ThreadFactory base = Executors.defaultThreadFactory();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = runnable -> {
            Thread thread = base.newThread(runnable);
            thread.setName("switchboard-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_TASKS), named);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** Chooses the parts that differ between the application and tests. */
    public static final class Builder {
        private final AppPaths paths;
        private Clock clock = Clock.systemDefaultZone();
        private EnvironmentStore environments;
        private EnvironmentConnector connector;
        private SecretStore secrets;
        /** -Dswitchboard.demo.documentedOnly=true: the Demo serves only what the vendors document. */
        private SandboxConfig sandboxConfig = SandboxConfig.builder()
                .documentedOnly(Boolean.getBoolean("switchboard.demo.documentedOnly")).build();
        private PassphrasePrompt passphrasePrompt = PassphrasePrompt.NONE;
        private SystemAppearance appearance = new DesktopAppearance();
        private boolean sameThreadTasks;
        private boolean passphraseInWindow;
        private java.util.Locale locale;
        private Confirmer confirmer;
        private StaleWriteChooser staleWrites;
        private String user = System.getProperty("user.name", "unknown");
        private TeamReplicator.Timing teamTiming = TeamReplicator.Timing.defaults();

        private Builder(AppPaths paths) {
            this.paths = paths;
        }

        public Builder clock(Clock value) {
            this.clock = value;
            return this;
        }

        public Builder environments(EnvironmentStore value) {
            this.environments = value;
            return this;
        }

        /** Where secrets live instead of the keychain or the encrypted file; tests pass an in-memory store. */
        public Builder secrets(SecretStore value) {
            this.secrets = value;
            return this;
        }

        public Builder connector(EnvironmentConnector value) {
            this.connector = value;
            return this;
        }

        /** How the Demo environment's sandbox starts (seed, scale, faults); its clock is the context's. */
        public Builder sandbox(SandboxConfig value) {
            this.sandboxConfig = value;
            return this;
        }

        /** The interface language; by default the one in the settings, else the operating system's. */
        public Builder locale(java.util.Locale value) {
            this.locale = value;
            return this;
        }

        /** Answers the change engine's questions instead of the confirmation dialog (tests, scripts). */
        public Builder confirmer(Confirmer value) {
            this.confirmer = value;
            return this;
        }

        /** Answers "changed since you loaded it" instead of the Reload / Proceed dialog. */
        public Builder staleWrites(StaleWriteChooser value) {
            this.staleWrites = value;
            return this;
        }

        /** The operating-system user recorded in the activity log; by default {@code user.name}. */
        public Builder user(String value) {
            this.user = value;
            return this;
        }

        /** How quickly the team log replicator polls and retries; tests make it quick. */
        public Builder teamTiming(TeamReplicator.Timing value) {
            this.teamTiming = value;
            return this;
        }

        public Builder passphrasePrompt(PassphrasePrompt value) {
            this.passphrasePrompt = value;
            this.passphraseInWindow = false;
            return this;
        }

        /** Asks for the master passphrase in a JavaFX dialog (the application's choice; tests pass their own). */
        public Builder passphraseInWindow() {
            this.passphraseInWindow = true;
            return this;
        }

        public Builder appearance(SystemAppearance value) {
            this.appearance = value;
            return this;
        }

        /** Runs background work and its callbacks on the calling thread, for tests. */
        public Builder sameThreadTasks() {
            this.sameThreadTasks = true;
            return this;
        }

        public AppContext build() {
            return new AppContext(this);
        }
    }
}
