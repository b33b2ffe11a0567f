package app.switchboard.ui.subscriptions;

import app.switchboard.AppContext;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.InMemoryEnvironmentStore;
import app.switchboard.fynn.FynnApi;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.FynnStore;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * The application context on the Demo environment, connected to a real in-process sandbox with a
 * fixed clock; background work runs on the calling thread. Tests find the data they need through
 * the sandbox's store rather than by hard-coded ids.
 */
final class SandboxWorkspace implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T10:15:30Z"), ZoneOffset.UTC);

    final AppContext context;
    /** What the change engine asked; every question is answered "yes". */
    final List<ConfirmationRequest> questions = new CopyOnWriteArrayList<>();
    private final WithheldStates withheld;

    SandboxWorkspace(Path home) {
        this(home, 1, true);
    }

    SandboxWorkspace(Path home, int scale, boolean sameThread) {
        this(home, SandboxConfig.builder().seed(42).scale(scale).build(), sameThread, null);
    }

    /** Connected through {@code states}, which leaves out the state of the entitlements it is told, on the calling thread. */
    SandboxWorkspace(Path home, WithheldStates states) {
        this(home, SandboxConfig.builder().seed(42).build(), true, states);
    }

    /** The Demo sandbox serving only what the vendors document, on the calling thread. */
    static SandboxWorkspace documentedOnly(Path home) {
        return new SandboxWorkspace(home, SandboxConfig.builder().seed(42).documentedOnly(true).build(), true, null);
    }

    private SandboxWorkspace(Path home, SandboxConfig sandbox, boolean sameThread, WithheldStates connector) {
        this.withheld = connector;
        AppContext.Builder builder = AppContext.builder(new AppPaths(home.resolve("config"), home.resolve("data")))
                .clock(CLOCK)
                .locale(Locale.UK)
                .environments(new InMemoryEnvironmentStore(List.of(InMemoryEnvironmentStore.demo())))
                .sandbox(sandbox)
                .appearance(() -> false)
                .confirmer(question -> {
                    questions.add(question);
                    return CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("test"));
                });
        if (connector != null) {
            builder.connector(connector);
        }
        context = (sameThread ? builder.sameThreadTasks() : builder).build();
        EnvironmentSession session = context.session();
        session.switchTo(session.environments().get(0));
    }

    /** The Subscriptions view in {@code stage}, in the light theme, at the given size; its controller. */
    SubscriptionsController show(javafx.stage.Stage stage, double width, double height) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        app.switchboard.ui.common.fx.ViewLoader.LoadedView<SubscriptionsController> view =
                context.views().load(app.switchboard.ui.common.fx.FxmlView.SUBSCRIPTIONS);
        stage.setScene(new javafx.scene.Scene(view.root(), width, height));
        stage.show();
        return view.controller();
    }

    EnvironmentSession session() {
        return context.session();
    }

    Sandbox sandbox() {
        return withheld != null ? withheld.sandbox()
                : ((ApiConnector.Connection) session().connection().orElseThrow()).sandbox().orElseThrow();
    }

    FynnStore store() {
        return sandbox().fynnStore();
    }

    FynnApi fynn() {
        return session().connection().orElseThrow().fynn();
    }

    Messages messages() {
        return context.service(Messages.class);
    }

    TaskRunner tasks() {
        return context.tasks();
    }

    SubscriptionsViewModel listModel() {
        return new SubscriptionsViewModel(session(), tasks(), messages(), detailModel(), navigator());
    }

    Navigator navigator() {
        return context.service(Navigator.class);
    }

    SubscriptionDetailViewModel detailModel() {
        return new SubscriptionDetailViewModel(tasks(), messages(), CLOCK, context.service(ChangeRunner.class),
                context.service(BulkFlow.class));
    }

    /** The status Fynn computes for a sandbox entitlement now. */
    String statusOf(FynnModel.Entitlement entitlement) {
        return entitlement.status(CLOCK.instant());
    }

    /** The first seeded subscription whose entitlements (expired included) satisfy {@code wanted}. */
    FynnModel.Subscription subscriptionWith(Predicate<List<FynnModel.Entitlement>> wanted) {
        return store().subscriptions().stream().filter(s -> wanted.test(store().entitlementsOfSubscription(s)))
                .findFirst().orElseThrow(() -> new AssertionError("the seed has no such subscription"));
    }

    @Override
    public void close() {
        context.close();
    }
}
