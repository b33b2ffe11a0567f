package app.switchboard.ui.review;

import app.switchboard.audit.ActivityLog;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.ChangeRunner;
import app.switchboard.ui.common.change.StaleWriteChooser;
import app.switchboard.ui.common.change.WriteAccess;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.EnvironmentSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The real change engine on the review's sandbox, with every confirmation answered yes and all
 * work on the calling thread: what a bulk toggle from the review goes through.
 */
final class ReviewChanges {
    final ChangeRunner runner;
    final BulkFlow bulkFlow;
    final WriteAccess writeAccess;
    final ReadOnlyApis readOnly = new ReadOnlyApis();

    ReviewChanges(ReviewSandbox sandbox, EnvironmentSession session, TaskRunner tasks, Messages messages,
                  Clock clock, Path activityFolder) {
        ChangeEngine engine = new ChangeEngine(List.of(new FynnEntitlementGateway(environment -> sandbox.fynn)),
                new ConfirmationPolicy(ConfirmationSettings.defaults()),
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed(null)),
                new ActivityLog(activityFolder), readOnly, new UndoStack(), clock, "alice");
        runner = new ChangeRunner(engine, tasks, new Notifier(Runnable::run),
                stale -> CompletableFuture.completedFuture(StaleWriteChooser.Choice.RELOAD), messages);
        // the bulk flow's "FX thread" is each worker in turn, one at a time as the real one would be:
        // run at once on two workers, two outcomes could each replace the review's snapshot with
        // their own change applied to the same older one, and one change would be lost
        Object fxThread = new Object();
        java.util.concurrent.Executor oneAtATime = work -> {
            synchronized (fxThread) {
                work.run();
            }
        };
        bulkFlow = new BulkFlow(new BulkChanges(engine, Runnable::run), runner, messages, oneAtATime);
        writeAccess = new WriteAccess(readOnly, session, Runnable::run);
    }
}
