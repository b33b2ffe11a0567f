package app.switchboard.bench;

import app.switchboard.memory.IdleCollection;
import app.switchboard.ui.entities.EntitySearchBench;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the console costs while nobody uses it, with a big tenant loaded: 1,000,000 entities in the
 * entities table on screen, the harness JVM with the installed console's options and, as in the
 * console, {@link IdleCollection} watching (when those options let it: with
 * {@code -Dapp.jvm.idleGc=-XX:G1PeriodicGCInterval=3000} instead, G1's own periodic collection is
 * what gives memory back). Process CPU over idle windows, in percent of one core, and the
 * collections meanwhile.
 */
final class IdleCost {
    private static final int WINDOW_SECONDS = 15;

    private IdleCost() {
    }

    static List<Figure> run(int windows, List<String> notes) throws Exception {
        System.out.println("idle with 1,000,000 entities ...");
        List<Double> percent = new ArrayList<>();
        List<Double> collections = new ArrayList<>();
        List<Double> pausedMs = new ArrayList<>();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Optional<IdleCollection> watch = IdleCollection.start();
        try (EntitySearchBench table = EntitySearchBench.show(PerformanceBench.MILLION)) {
            System.out.println("  " + table.rows() + " rows loaded; idle collection " + (watch.isPresent() ? "on" : "off"));
            Thread.sleep(5_000);
            for (int i = 0; i < windows; i++) {
                long cpu = os.getProcessCpuTime();
                long[] gc = gcCountAndMs();
                long start = System.nanoTime();
                Thread.sleep(WINDOW_SECONDS * 1000L);
                double wallNs = System.nanoTime() - start;
                long[] gcAfter = gcCountAndMs();
                percent.add(100.0 * (os.getProcessCpuTime() - cpu) / wallNs);
                collections.add((double) (gcAfter[0] - gc[0]));
                pausedMs.add((double) (gcAfter[1] - gc[1]));
                System.out.printf(Locale.ROOT, "  idle %d s: %.1f%% of a core, %d collections, %d ms in them (load %s)%n",
                        WINDOW_SECONDS, percent.get(i), gcAfter[0] - gc[0], gcAfter[1] - gc[1], Machine.load());
            }
        } finally {
            watch.ifPresent(IdleCollection::close);
        }
        notes.add("Idle (harness part `idle`): the entities table holding 1,000,000 entities (as for the search figure), "
                + "the harness JVM with the installed console's options and the console's idle collection "
                + "(app.switchboard.memory.IdleCollection: one concurrent collection once the JVM has not collected for 3 s "
                + "after work), left alone " + windows + " times " + WINDOW_SECONDS + " s after 5 s of rest; process CPU time over the wall clock (100% = one core busy), "
                + "and the collections (young, mixed, periodic and their concurrent cycles, by the JVM's collector beans) meanwhile.");
        return List.of(
                Figure.reported("Idle, 1,000,000 entities on screen: process CPU (% of one core)", "%", percent, Double.NaN),
                Figure.reported("Idle, 1,000,000 entities on screen: collections per " + WINDOW_SECONDS + " s", "", collections, Double.NaN),
                Figure.reported("Idle, 1,000,000 entities on screen: time in collections per " + WINDOW_SECONDS + " s", "ms", pausedMs, Double.NaN));
    }

    private static long[] gcCountAndMs() {
        long count = 0;
        long ms = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            ms += Math.max(0, bean.getCollectionTime());
        }
        return new long[] {count, ms};
    }
}
