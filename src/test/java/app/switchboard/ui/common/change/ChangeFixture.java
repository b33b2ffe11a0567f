package app.switchboard.ui.common.change;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.Confirmer;
import app.switchboard.ops.FakeGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The change services wired as AppContext wires them, over in-memory gateways and a session that
 * connects to every environment: for view-model and component tests without a sandbox.
 */
public final class ChangeFixture {
    public final TestSessions sessions = new TestSessions();
    public final EnvironmentSession session = sessions.session(TestSessions.connectingToEverything());
    public final FakeGateway der = new FakeGateway(Api.DER_CONNECT);
    public final FakeGateway fynn = new FakeGateway(Api.FYNN);
    public final Messages messages = Messages.load(Locale.ENGLISH);
    public final Notifier notifier;
    public final ReadOnlyApis readOnly = new ReadOnlyApis();
    public final ActivityLog log;
    public final ChangeEngine engine;
    public final ChangeRunner changes;
    public final ActivityHistory history;
    public final BulkChanges bulk;

    /**
     * @param fx where results land: {@code Runnable::run} with same-thread tasks
     * @param bulkWorkers where bulk changes run
     */
    public ChangeFixture(Path home, Clock clock, String user, Confirmer confirmer, Executor fx, Executor bulkWorkers) {
        notifier = new Notifier(fx);
        log = new ActivityLog(home.resolve("activity"));
        engine = new ChangeEngine(List.of(der, fynn), new ConfirmationPolicy(ConfirmationSettings.defaults()), confirmer,
                log, readOnly, new UndoStack(), clock, user);
        changes = new ChangeRunner(engine, sessions.tasks, notifier,
                stale -> CompletableFuture.completedFuture(StaleWriteChooser.Choice.RELOAD), messages);
        history = new ActivityHistory(log, sessions.tasks, changes, session, messages);
        bulk = new BulkChanges(engine, bulkWorkers, 3);
    }

    public static ChangeFixture sameThread(Path home, Clock clock, String user) {
        return new ChangeFixture(home, clock, user,
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed(null)), Runnable::run, Runnable::run);
    }

    public Environment connect(Environment environment) {
        session.switchTo(environment);
        return environment;
    }
}
