package app.switchboard.resilience;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records uncaught exceptions on any thread and finds threads that outlive a run. OkHttp's task
 * runner and Okio's watchdog are process-wide daemon pools shared by every client (they end by
 * themselves when idle), so they are not counted as leaks of one client. A task-runner thread takes
 * the name of the task it is running ("OkHttp ConnectionPool connection closer") and may be seen
 * under that name, so the pool's task name counts as process-wide too.
 */
public final class ThreadWatch implements AutoCloseable {
    private static final List<String> PROCESS_WIDE = List.of("OkHttp TaskRunner", "OkHttp ConnectionPool", "Okio Watchdog",
            "ForkJoinPool.commonPool", "CompletableFutureDelayScheduler", "process reaper", "Attach Listener", "Common-Cleaner");

    private final Set<Thread> before = Thread.getAllStackTraces().keySet();
    private final List<String> uncaught = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();

    public ThreadWatch() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                uncaught.add(thread.getName() + ": " + error));
    }

    public List<String> uncaught() {
        return List.copyOf(uncaught);
    }

    /** Threads started since this watch began that are still alive after up to 10 s of joining each. */
    public List<String> leakedThreads() throws InterruptedException {
        List<Thread> started = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t))
                .filter(t -> PROCESS_WIDE.stream().noneMatch(t.getName()::startsWith))
                .toList();
        for (Thread t : started) {
            // safety net only: a thread of a closed pool ends at once
            t.join(10_000);
        }
        return started.stream().filter(Thread::isAlive).map(Thread::getName).toList();
    }

    @Override
    public void close() {
        Thread.setDefaultUncaughtExceptionHandler(previous);
    }
}
