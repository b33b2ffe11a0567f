package app.switchboard.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One collection after each burst of work, none while the console stays idle. */
class IdleCollectionTest {
    /** A JVM whose collections the test makes happen; asking for one counts as one. */
    private static final class FakeJvm implements IdleCollection.Collector {
        long collections;
        int asked;

        @Override
        public long collections() {
            return collections;
        }

        @Override
        public void collect() {
            asked++;
            // a concurrent cycle has a few pauses of its own
            collections += 3;
        }
    }

    private static final List<String> G1 = List.of("G1 Young Generation", "G1 Old Generation");
    private final FakeJvm jvm = new FakeJvm();
    private final ScheduledExecutorService unused = Executors.newSingleThreadScheduledExecutor();
    private long nanos;
    private final IdleCollection watch = new IdleCollection(jvm, () -> nanos, unused);

    @AfterEach
    void stop() {
        watch.close();
    }

    private void seconds(int count) {
        for (int i = 0; i < count; i++) {
            nanos += Duration.ofSeconds(1).toNanos();
            watch.check();
        }
    }

    @Test
    void aConsoleLeftAloneAfterItsStartIsCollectedOnceAndThenNeverAgain() {
        seconds(4);
        assertThat(jvm.asked).isEqualTo(1);

        // the JVM's periodic collection ran every 3 s for ever here
        seconds(600);

        assertThat(jvm.asked).as("collections asked for in ten idle minutes").isEqualTo(1);
    }

    @Test
    void whileTheConsoleKeepsWorkingNothingIsAskedForAndOnceItStopsOneIs() {
        seconds(4);
        for (int i = 0; i < 60; i++) {
            jvm.collections++;
            seconds(2);
        }
        assertThat(jvm.asked).as("asked for during a minute of work").isEqualTo(1);

        seconds(1);
        assertThat(jvm.asked).as("two quiet seconds are not yet quiet").isEqualTo(1);
        seconds(1);
        assertThat(jvm.asked).isEqualTo(2);
        seconds(60);
        assertThat(jvm.asked).isEqualTo(2);
    }

    @Test
    void eachBurstOfWorkIsFollowedByOneCollection() {
        for (int burst = 0; burst < 5; burst++) {
            jvm.collections += 10;
            seconds(30);
        }
        // the start's and one per burst; the start's burst ran into the first one here
        assertThat(jvm.asked).isEqualTo(5);
    }

    @Test
    void onlyAJvmWhoseExplicitCollectionsRunConcurrentlyIsAskedForOne() {
        assertThat(IdleCollection.concurrentExplicitCollections(G1, List.of("-Xms32m", "-XX:+ExplicitGCInvokesConcurrent"))).isTrue();
        assertThat(IdleCollection.concurrentExplicitCollections(G1, List.of("-Xms32m"))).isFalse();
        // the last of each option counts, as for the JVM (a user's JDK_JAVA_OPTIONS after the launcher's)
        assertThat(IdleCollection.concurrentExplicitCollections(G1,
                List.of("-XX:+ExplicitGCInvokesConcurrent", "-XX:-ExplicitGCInvokesConcurrent"))).isFalse();
        assertThat(IdleCollection.concurrentExplicitCollections(G1,
                List.of("-XX:+ExplicitGCInvokesConcurrent", "-XX:+DisableExplicitGC"))).isFalse();
        assertThat(IdleCollection.concurrentExplicitCollections(G1,
                List.of("-XX:+DisableExplicitGC", "-XX:+ExplicitGCInvokesConcurrent", "-XX:-DisableExplicitGC"))).isTrue();
    }

    @Test
    void aSerialOrParallelCollectorWouldStopTheWorldSoNothingIsAskedFor() {
        List<String> options = List.of("-XX:+UseSerialGC", "-XX:+ExplicitGCInvokesConcurrent");
        assertThat(IdleCollection.concurrentExplicitCollections(List.of("Copy", "MarkSweepCompact"), options)).isFalse();
        assertThat(IdleCollection.concurrentExplicitCollections(List.of("PS Scavenge", "PS MarkSweep"), options)).isFalse();
    }

    @Test
    void thisTestJvmWithoutConcurrentExplicitCollectionsIsLeftAlone() {
        // surefire starts the tests without -XX:+ExplicitGCInvokesConcurrent: System.gc() would stop the world
        assertThat(IdleCollection.concurrentExplicitCollections()).isFalse();
        assertThat(IdleCollection.start()).isEmpty();
    }
}
