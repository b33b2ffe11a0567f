package app.switchboard.memory;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.LoggerFactory;

/**
 * Gives memory back to the system once after each burst of work: when the JVM has collected
 * garbage (the console was busy: a start, a load, a scan) and then has not for {@link #QUIET},
 * one collection is asked for, and none again until the console has worked again.
 *
 * <p>Why the console does this itself: G1 on JDK 17 returns heap to the system only when a marking
 * cycle ends, and an idle console starts none. Its own periodic trigger
 * ({@code -XX:G1PeriodicGCInterval}) starts one whenever no collection ran for the interval, which
 * in a console left alone is every interval, for ever: with 1,000,000 entities loaded that kept
 * 42% of a core busy doing nothing (docs/PERFORMANCE.md, idle figures). The collection asked for
 * here is a concurrent cycle ({@code -XX:+ExplicitGCInvokesConcurrent}, an installed option), so the
 * console does not stop for it; without that option the JVM would stop the world for a full
 * collection instead, so then nothing is asked for at all.
 */
public final class IdleCollection implements AutoCloseable {
    /** How long without a collection counts as the console having gone quiet. */
    public static final Duration QUIET = Duration.ofSeconds(3);
    /** How often it looks: the collection comes between {@link #QUIET} and this much later. */
    private static final Duration TICK = Duration.ofMillis(500);

    /** What the JVM has collected so far, and a way to ask it for one more collection. */
    interface Collector {
        long collections();

        void collect();
    }

    private final Collector collector;
    private final LongSupplier nanoClock;
    private final ScheduledExecutorService timer;
    private long seen;
    private long lastChangeNanos;
    private boolean worked;

    IdleCollection(Collector collector, LongSupplier nanoClock, ScheduledExecutorService timer) {
        this.collector = collector;
        this.nanoClock = nanoClock;
        this.timer = timer;
        this.seen = collector.collections();
        this.lastChangeNanos = nanoClock.getAsLong();
        // the start itself is a burst of work
        this.worked = true;
    }

    /**
     * Starts watching on a daemon thread of its own when this JVM runs explicit collections
     * concurrently; otherwise (a plain {@code java -jar}) does nothing.
     */
    public static Optional<IdleCollection> start() {
        if (!concurrentExplicitCollections()) {
            return Optional.empty();
        }
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "switchboard-idle-collection");
            thread.setDaemon(true);
            return thread;
        });
        IdleCollection watch = new IdleCollection(new JvmCollector(), System::nanoTime, timer);
        timer.scheduleWithFixedDelay(watch::check, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
        return Optional.of(watch);
    }

    /** One look: collections since the last look mean work; quiet after work means one collection. */
    synchronized void check() {
        long now = collector.collections();
        long at = nanoClock.getAsLong();
        if (now != seen) {
            seen = now;
            lastChangeNanos = at;
            worked = true;
            return;
        }
        if (worked && at - lastChangeNanos >= QUIET.toNanos()) {
            worked = false;
            collector.collect();
            // the cycle just asked for is not work of the console's
            seen = collector.collections();
            lastChangeNanos = nanoClock.getAsLong();
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /**
     * Whether {@link System#gc()} runs a concurrent cycle here, by the options this JVM was started
     * with (a launcher's, {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}): the installers' trimmed
     * runtime has no {@code jdk.management}, whose bean would tell the flag's value directly.
     */
    static boolean concurrentExplicitCollections() {
        try {
            List<String> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                    .map(GarbageCollectorMXBean::getName).toList();
            return concurrentExplicitCollections(collectors, ManagementFactory.getRuntimeMXBean().getInputArguments());
        } catch (RuntimeException | LinkageError e) {
            // no management at all: leave memory to the JVM
            LoggerFactory.getLogger(IdleCollection.class).debug("The JVM's options could not be read", e);
            return false;
        }
    }

    /**
     * The last of each option counts, as for the JVM. Only G1 runs the option's concurrent cycle: a
     * serial or parallel collector (a user's own {@code -XX:+UseSerialGC}) stops the world instead.
     */
    static boolean concurrentExplicitCollections(List<String> collectors, List<String> jvmArguments) {
        if (collectors.stream().noneMatch(name -> name.startsWith("G1 "))) {
            return false;
        }
        boolean concurrent = false;
        boolean disabled = false;
        for (String argument : jvmArguments) {
            switch (argument) {
                case "-XX:+ExplicitGCInvokesConcurrent" -> concurrent = true;
                case "-XX:-ExplicitGCInvokesConcurrent" -> concurrent = false;
                case "-XX:+DisableExplicitGC" -> disabled = true;
                case "-XX:-DisableExplicitGC" -> disabled = false;
                default -> {
                }
            }
        }
        return concurrent && !disabled;
    }

    /** The JVM's own collector beans and {@link System#gc()}. */
    private static final class JvmCollector implements Collector {
        @Override
        public long collections() {
            long count = 0;
            for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
                count += Math.max(0, bean.getCollectionCount());
            }
            return count;
        }

        @Override
        public void collect() {
            // a concurrent cycle (checked in start()): returns when it has ended and the heap shrunk
            System.gc();
        }
    }
}
