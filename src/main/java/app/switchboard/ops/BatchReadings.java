package app.switchboard.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stale-write check of one bulk run: each target (DER entity, Fynn subscription) is read once,
 * just before the first write to it in the batch, and the batch's later items on that target are
 * checked against that reading instead of reading it again. A single change reads before every
 * write (two round trips); this makes a batch cost one write per item plus one read per target.
 *
 * <p>The trade-off: a switch changed by someone else after its target was read and before its own
 * write in this batch is not noticed. The window is bounded: a reading older than {@link #MAX_AGE}
 * is taken again, and items of one target are usually written within a second of each other.
 * What the check exists for is kept: the operator's preview (often minutes old) is still compared
 * with the server before anything is written, and a switch that changed since is reported as
 * "changed meanwhile" and left alone. Each item's own write answer remains the truth shown.
 *
 * <p>Concurrent items of one target share one read. A failed read fails only the item that made it;
 * the next item of that target reads again.
 */
final class BatchReadings {
    /** How long a target's reading serves the batch's later items before it is read again. */
    static final Duration MAX_AGE = Duration.ofSeconds(10);

    private final Clock clock;
    private final Map<String, Reading> readings = new ConcurrentHashMap<>();

    BatchReadings(Clock clock) {
        this.clock = clock;
    }

    /** The switch's state as the batch's reading of its target says, reading the target if needed. */
    SwitchState currentOf(SwitchGateway gateway, ChangeTarget target) throws SwitchFailure {
        String key = target.environment().name() + "\n" + target.api() + "\n" + target.targetId();
        for (int attempt = 0; ; attempt++) {
            Reading mine = new Reading(clock.instant());
            Reading shared = readings.compute(key, (k, old) -> old == null || old.isOlderThan(clock.instant())
                    ? mine : old);
            if (shared == mine) {
                return mine.read(gateway, target, () -> readings.remove(key, mine)).stateOf(target.item());
            }
            try {
                return shared.snapshot.join().stateOf(target.item());
            } catch (CompletionException e) {
                // another item's read of this target failed: this item tries a read of its own once
                if (attempt > 0) {
                    throw failureOf(e);
                }
                readings.remove(key, shared);
            }
        }
    }

    private static SwitchFailure failureOf(CompletionException e) {
        if (e.getCause() instanceof SwitchFailure failure) {
            return failure;
        }
        if (e.getCause() instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw e;
    }

    private static final class Reading {
        final Instant takenAt;
        final CompletableFuture<TargetSnapshot> snapshot = new CompletableFuture<>();

        Reading(Instant takenAt) {
            this.takenAt = takenAt;
        }

        boolean isOlderThan(Instant now) {
            return snapshot.isDone() && takenAt.plus(MAX_AGE).isBefore(now);
        }

        TargetSnapshot read(SwitchGateway gateway, ChangeTarget target, Runnable forget) throws SwitchFailure {
            try {
                TargetSnapshot read = gateway.readTarget(target);
                snapshot.complete(read);
                return read;
            } catch (SwitchFailure | RuntimeException e) {
                forget.run();
                snapshot.completeExceptionally(e);
                throw e;
            } finally {
                if (!snapshot.isDone()) {
                    // an Error: items waiting for this reading must not wait forever
                    forget.run();
                    snapshot.completeExceptionally(new IllegalStateException("the read did not finish"));
                }
            }
        }
    }
}
