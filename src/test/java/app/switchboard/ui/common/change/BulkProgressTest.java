package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk run's progress reaches the JavaFX thread in a few tasks, not one per change. */
class BulkProgressTest {
    @TempDir
    Path home;

    /** Stands in for the JavaFX thread: tasks wait in order until the test runs them. */
    private static final class HeldFxThread implements Executor {
        final Deque<Runnable> waiting = new ArrayDeque<>();
        int mostWaiting;

        @Override
        public synchronized void execute(Runnable task) {
            waiting.add(task);
            mostWaiting = Math.max(mostWaiting, waiting.size());
        }

        synchronized Runnable next() {
            return waiting.poll();
        }

        void runAll() {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        }
    }

    @Test
    void twoHundredChangesFinishedWhileTheFxThreadWasBusyArriveInOneUpdate() throws Exception {
        HeldFxThread fx = new HeldFxThread();
        ChangeFixture fixture = new ChangeFixture(home, TestSessions.CLOCK, "alice",
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("INC-3")), fx, Runnable::run);
        fixture.connect(TestSessions.STAGING);
        List<BulkCandidate> candidates = new ArrayList<>();
        for (int n = 0; n < 200; n++) {
            ChangeTarget target = ChangeTarget.derFeature(TestSessions.STAGING, "ev-" + n, "CaptureChargeSessions",
                    "Car " + n, "EV", "VIN" + n);
            fixture.der.set(target, false);
            candidates.add(BulkCandidate.eligible(target, false));
        }
        List<ChangeOutcome> heard = new ArrayList<>();
        fixture.changes.addOutcomeListener(heard::add);
        BulkFlowModel model = new BulkFlowModel(fixture.bulk, fixture.changes, fx, candidates, true);

        model.start();
        BulkResult result = model.done().isDone() ? model.done().get() : null;
        List<Integer> rowsReplacedAtOnce = new ArrayList<>();
        model.rows().addListener((javafx.collections.ListChangeListener<BulkRow>) change -> {
            while (change.next()) {
                rowsReplacedAtOnce.add(change.getRemovedSize());
            }
        });
        fx.runAll();

        assertThat(result).as("the result waits for the JavaFX thread").isNull();
        assertThat(fx.mostWaiting).as("progress task and result task").isLessThanOrEqualTo(2);
        assertThat(model.done()).isCompleted();
        assertThat(model.finishedProperty().get()).isEqualTo(200);
        assertThat(model.phaseProperty().get()).isEqualTo(BulkFlowModel.Phase.RESULTS);
        assertThat(model.rows()).hasSize(200).allSatisfy(row -> assertThat(row.state()).isEqualTo(BulkRow.State.SUCCEEDED));
        assertThat(heard).hasSize(200).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
        assertThat(rowsReplacedAtOnce).as("each row updated in place; the results do not rebuild the table")
                .hasSize(200).containsOnly(1);
    }
}
