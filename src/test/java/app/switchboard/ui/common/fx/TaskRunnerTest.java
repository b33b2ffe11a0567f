package app.switchboard.ui.common.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    private final List<String> reported = new ArrayList<>();
    private final TaskRunner sameThread = TaskRunner.sameThread((what, error) -> reported.add(what + ": " + error.getMessage()));
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> new Thread(r, "delivery"));

    @AfterEach
    void stop() {
        workers.shutdownNow();
        delivery.shutdownNow();
    }

    @Test
    void resultReachesOnSuccess() {
        AtomicReference<Integer> result = new AtomicReference<>();
        sameThread.task("Counting entities", progress -> 42).onSuccess(result::set).start();
        assertThat(result).hasValue(42);
        assertThat(sameThread.running()).isEmpty();
    }

    @Test
    void failureWithoutHandlerGoesToTheErrorReporterNamingTheTask() {
        sameThread.task("Loading entities", progress -> {
            throw new IllegalStateException("server said no");
        }).start();
        assertThat(reported).containsExactly("Could not finish: Loading entities: server said no");
    }

    @Test
    void failureWithHandlerStaysWithTheCaller() {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        sameThread.task("Loading entities", progress -> {
            throw new IllegalStateException("server said no");
        }).onFailure(failure::set).start();
        assertThat(failure.get()).hasMessage("server said no");
        assertThat(reported).isEmpty();
    }

    @Test
    void callbacksRunOnTheDeliveryThreadNotTheWorker() throws Exception {
        TaskRunner runner = new TaskRunner(workers, delivery, true, (what, error) -> { });
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        runner.task("Reading", progress -> {
            workThread.set(Thread.currentThread().getName());
            return "ok";
        }).onSuccess(result -> {
            callbackThread.set(Thread.currentThread().getName());
            done.countDown();
        }).start();
        assertThat(done.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(callbackThread).hasValue("delivery");
        assertThat(workThread.get()).isNotEqualTo("delivery");
    }

    @Test
    void cancellingWorkThatHasNotStartedYetStillReportsCancelled() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner runner = new TaskRunner(queued::add, Runnable::run, true, (what, error) -> { });
        List<String> events = new ArrayList<>();
        RunningTask task = runner.task("Exporting", progress -> "never")
                .onSuccess(result -> events.add("success"))
                .onCancelled(() -> events.add("cancelled"))
                .start();
        assertThat(runner.running()).containsExactly(task);

        task.cancel();
        queued.forEach(Runnable::run);

        assertThat(events).containsExactly("cancelled");
        assertThat(runner.running()).isEmpty();
    }

    @Test
    void cancellingReportsAtOnceTheWorkSeesItAndItsResultIsDropped() {
        List<String> events = new ArrayList<>();
        sameThread.task("Bulk switch", progress -> {
            sameThread.running().get(0).cancel();
            events.add(progress.isCancelled() ? "work saw cancel" : "work did not see cancel");
            return "finished";
        }).onSuccess(events::add).onCancelled(() -> events.add("cancelled")).start();
        assertThat(events).containsExactly("cancelled", "work saw cancel");
    }

    @Test
    void progressIsReportedAsAFraction() {
        List<Double> seen = new ArrayList<>();
        sameThread.task("Loading", progress -> {
            RunningTask current = sameThread.running().get(0);
            progress.update(1, 4, "page 1 of 4");
            seen.add(current.progressProperty().get());
            progress.update(3, 4, "page 3 of 4");
            seen.add(current.progressProperty().get());
            assertThat(current.messageProperty().get()).isEqualTo("page 3 of 4");
            return null;
        }).start();
        assertThat(seen).containsExactly(0.25, 0.75);
    }

    @Test
    void tasksThatMustNotStopHalfwayCannotBeCancelled() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner runner = new TaskRunner(queued::add, Runnable::run, true, (what, error) -> { });
        List<String> events = new ArrayList<>();
        RunningTask task = runner.task("Saving change", progress -> "saved")
                .notCancellable().onSuccess(events::add).start();
        task.cancel();
        queued.forEach(Runnable::run);
        assertThat(task.isCancellable()).isFalse();
        assertThat(events).containsExactly("saved");
    }
}
