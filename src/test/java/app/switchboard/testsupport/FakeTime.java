package app.switchboard.testsupport;

import app.switchboard.client.CallScope;
import app.switchboard.client.Waiting;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Retry waits that pass instantly but are recorded, and advance a fake clock by their length. */
public final class FakeTime implements Waiting {
    private final AtomicLong nanos = new AtomicLong();
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private volatile Runnable onPause = () -> {
    };

    /** Runs {@code action} at every pause, e.g. to end a simulated outage while the client waits. */
    public FakeTime onPause(Runnable action) {
        this.onPause = action;
        return this;
    }

    @Override
    public long nanoTime() {
        return nanos.get();
    }

    @Override
    public boolean pause(Duration duration, CallScope scope) {
        pauses.add(duration);
        nanos.addAndGet(duration.toNanos());
        onPause.run();
        return !scope.isCancelled();
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    public Duration totalPaused() {
        return pauses.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
