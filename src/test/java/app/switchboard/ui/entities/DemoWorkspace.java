package app.switchboard.ui.entities;

import app.switchboard.AppContext;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.NoBackendConnector;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.DerStore;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * An application context on the Demo environment, whose sandbox runs with a fixed seed and clock,
 * connected and ready. Tests pick suitable entities from the sandbox's own state.
 */
final class DemoWorkspace implements AutoCloseable {
    static final Clock CLOCK = TestSessions.CLOCK;
    static final long SEED = 7;

    final AppContext context;

    private DemoWorkspace(AppContext context) {
        this.context = context;
    }

    /** Background work and its callbacks run on the calling thread: a test reads results on the next line. */
    static DemoWorkspace sameThread(Path home) {
        return open(home, true, 1);
    }

    static DemoWorkspace open(Path home, boolean sameThread, int scale) {
        return open(builder(home, sameThread, scale));
    }

    /** The Demo sandbox serving only what the vendors document: no entity list, no entity or feature read. */
    static DemoWorkspace documentedOnly(Path home, boolean sameThread) {
        return open(builder(home, sameThread, 1).sandbox(SandboxConfig.builder().seed(SEED).documentedOnly(true).build()));
    }

    /** Every environment is unavailable, as when the network is down. */
    static DemoWorkspace offline(Path home) {
        return open(builder(home, true, 1).connector(new NoBackendConnector()));
    }

    private static DemoWorkspace open(AppContext.Builder builder) {
        return new DemoWorkspace(builder.build());
    }

    private static AppContext.Builder builder(Path home, boolean sameThread, int scale) {
        AppContext.Builder builder = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), TestSessions.STAGING)))
                .sandbox(SandboxConfig.builder().seed(SEED).scale(scale).build())
                .clock(CLOCK)
                .locale(Locale.ENGLISH)
                .appearance(() -> false)
                // the operator says yes to every confirmation; the dialogs have tests of their own
                .confirmer(request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("support ticket 4711")));
        if (sameThread) {
            builder.sameThreadTasks();
        }
        return builder;
    }

    void connect() {
        context.session().switchTo(context.session().environments().get(0));
    }

    EntitiesViewModel viewModel() {
        return new EntitiesViewModel(context.session(), context.tasks(), messages(), CLOCK, service(ChangeRunner.class),
                service(Notifier.class));
    }

    <T> T service(Class<T> type) {
        return type.cast(context.services().get(type));
    }

    Messages messages() {
        return service(Messages.class);
    }

    Sandbox sandbox() {
        return context.session().connection().map(c -> ((ApiConnector.Connection) c).sandbox().orElseThrow())
                .orElseThrow(() -> new IllegalStateException("not connected"));
    }

    DerStore der() {
        return sandbox().derStore();
    }

    DerEntity first(Predicate<DerEntity> condition) {
        return der().entities().stream().filter(condition).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed has no such entity"));
    }

    /** An EV whose manufacturer supports capture and whose battery capacity is set, with capture off. */
    DerEntity supportedEvCapturingNothing() {
        return first(e -> e.type().equals("EV") && !e.lacksBatteryCapacity() && !e.brand().equals("Aiways")
                && !der().capture(e.id()).enabled());
    }

    DerEntity evWithoutBatteryCapacity() {
        return first(e -> e.type().equals("EV") && e.lacksBatteryCapacity() && !e.brand().equals("Aiways"));
    }

    @Override
    public void close() {
        context.close();
    }
}
