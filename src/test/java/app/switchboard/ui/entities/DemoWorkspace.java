package app.switchboard.ui.entities;

import app.switchboard.ApiConnector;
import app.switchboard.AppContext;
import app.switchboard.AppPaths;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.DerStore;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.Messages;
import app.switchboard.ui.common.TestSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
        AppContext.Builder builder = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo(), TestSessions.STAGING)))
                .sandbox(SandboxConfig.builder().seed(SEED).scale(scale).build())
                .clock(CLOCK)
                .locale(Locale.ENGLISH)
                .appearance(() -> false);
        if (sameThread) {
            builder.sameThreadTasks();
        }
        return new DemoWorkspace(builder.build());
    }

    void connect() {
        context.session().switchTo(context.session().environments().get(0));
    }

    EntitiesViewModel viewModel() {
        return new EntitiesViewModel(context.session(), context.tasks(), messages(), CLOCK);
    }

    Messages messages() {
        return (Messages) context.services().get(Messages.class);
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

    @Override
    public void close() {
        context.close();
    }
}
