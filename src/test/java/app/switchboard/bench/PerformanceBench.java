package app.switchboard.bench;

import app.switchboard.ui.entities.EntitySearchBench;
import app.switchboard.ui.review.ReviewReopenBench;
import app.switchboard.ui.review.ReviewTableBench;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;

/**
 * The performance harness: measures every figure of the performance targets against its limit,
 * prints a table and writes {@code docs/PERFORMANCE.md}. Not a test; run with
 * {@code ./mvnw -Pbench verify}. Arguments: the project folder (default: the working directory).
 * {@code -Dbench.runs=N} sets the runs per figure (at least 5), {@code -Dbench.only=startup,tables,...}
 * a subset, which then leaves the report file alone (parts: tables, search = at 1,000,000 entities,
 * idle = CPU and collections while 1,000,000 entities sit on screen untouched,
 * reopen = the Review opened on a kept scan, scan100 = the Review scan at sandbox scale 100 with 50 ms
 * latency (several minutes; {@code -Dbench.scan100.runs=N}, default 1), services = paging and bulk,
 * startup, memory, team).
 */
public final class PerformanceBench {
    static final int ROWS = 100_000;
    static final int MILLION = 1_000_000;

    private PerformanceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int runs = Math.max(5, Integer.getInteger("bench.runs", 5));
        String only = System.getProperty("bench.only", "");
        Machine machine = Machine.now();
        System.out.printf("Switchboard performance harness: %d cores, %d MB, load %s, %s%n", machine.cores(),
                machine.memoryMb(), machine.loadAtStart(), machine.jdk());
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> {
            // the app's theme, so that tables are styled (and cost) as in the console
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            started.complete(null);
        });
        started.get();
        Platform.setImplicitExit(false);
        try {
            if (wanted(only, "tables")) {
                tables(runs, figures, notes);
            }
            if (wanted(only, "search")) {
                search(runs, figures, notes);
            }
            if (wanted(only, "idle")) {
                figures.addAll(IdleCost.run(4, notes));
            }
            if (wanted(only, "reopen")) {
                reopen(runs, figures, notes);
            }
            if (wanted(only, "scan100")) {
                figures.add(ReviewScanFigure.atScale100(Math.max(1, Integer.getInteger("bench.scan100.runs", 1)), notes));
            }
            if (wanted(only, "services") || wanted(only, "paging") || wanted(only, "bulk")) {
                services(runs, wanted(only, "services") || wanted(only, "paging"),
                        wanted(only, "services") || wanted(only, "bulk"), figures, notes);
            }
            if (wanted(only, "team")) {
                figures.addAll(TeamBench.run(runs, notes));
            }
            if (wanted(only, "startup") || wanted(only, "memory")) {
                try (Children children = new Children(project)) {
                    StartupBench startup = new StartupBench(children, runs);
                    if (wanted(only, "startup")) {
                        System.out.println("start-up ...");
                        figures.addAll(startup.startUp());
                        notes.add(StartupNotes.STARTUP);
                    }
                    if (wanted(only, "memory")) {
                        System.out.println("resident memory ...");
                        figures.addAll(startup.residentMemory());
                        notes.add(StartupNotes.MEMORY);
                    }
                }
            }
        } finally {
            Platform.exit();
        }
        Report report = new Report(machine, Machine.load(), figures, notes);
        System.out.println();
        System.out.print(report.table());
        if (only.isBlank()) {
            Path file = project.resolve("docs/PERFORMANCE.md");
            report.write(file);
            System.out.println("written: " + file);
        }
        System.exit(0);
    }

    private static boolean wanted(String only, String part) {
        return only.isBlank() || List.of(only.split(",")).contains(part);
    }

    private static void tables(int runs, List<Figure> figures, List<String> notes) throws Exception {
        System.out.println("big tables ...");
        double baseline = ReviewTableBench.usedHeapMb();
        List<Double> keySorts = new ArrayList<>();
        List<Double> stockSorts = new ArrayList<>();
        double heap;
        try (ReviewTableBench review = ReviewTableBench.show(ROWS)) {
            heap = ReviewTableBench.usedHeapMb() - baseline;
            int columns = review.columnCount();
            for (int warmUp = 0; warmUp < 2; warmUp++) {
                review.sortBy(0, warmUp % 2 == 0);
            }
            for (int i = 0; i < runs; i++) {
                keySorts.add(review.sortBy(i % columns, i % 2 == 0));
            }
            System.out.printf(java.util.Locale.ROOT, "  review sorts, column by column: %s ms (load %s)%n",
                    rounded(keySorts), Machine.load());
            try (ReviewTableBench stock = ReviewTableBench.showStock(review.items())) {
                stock.sortBy(0, true);
                for (int i = 0; i < runs; i++) {
                    stockSorts.add(stock.sortBy(i % stock.columnCount(), i % 2 == 0));
                }
            }
        }
        figures.add(Figure.atMost("Review table, 100,000 entitlements: sort by a column", "ms", keySorts, 150,
                "fixed", 1.0));
        figures.add(Figure.reported("Stock TableView sort, same rows and cell values (reference)", "ms", stockSorts,
                Double.NaN));
        figures.add(Figure.atLeast("Stock sort / review table sort (speed-up)", "ms", stockSorts,
                Figure.median(keySorts), "review sort median", 10));
        figures.add(Figure.atMost("Heap for 100,000 review rows above baseline", "MB", List.of(heap), 150, "fixed", 1.0));
        figures.add(Figure.atMost("Entities search, 100,000 rows: one keystroke until laid out", "ms",
                keystrokes(ROWS, runs), 16, "fixed", 1.0));
        notes.add("Sort: the review's queue table (its own columns and key-sorting policy) holding 100,000 "
                + "entitlements, each parsed from its own JSON like the client's; time on the FX thread from "
                + "setting the sort column until the table is laid out again, cycling through the columns and "
                + "directions. The reference is a stock TableView with cell value factories for the same rows.");
        notes.add("Heap: used heap after full collections, before the rows are parsed and with them on screen.");
        notes.add("Search: the review and subscriptions tables have no search box over loaded rows (they filter "
                + "on the server or by queue), so the keystroke figure uses the entities workspace's own EntityList "
                + "(loaded page by page from a DER Connect stand-in) with 100,000 rows in a table on screen; each "
                + "keystroke sets the filter as the search box does and lays the table out (CSS and layout). "
                + "One sample per keystroke, typing a word and then clearing it.");
    }

    /** Search-as-you-type at 1,000,000 entities (issue 22's size), apart from the tables at 100,000. */
    private static void search(int runs, List<Figure> figures, List<String> notes) throws Exception {
        System.out.println("search at 1,000,000 entities ...");
        figures.add(Figure.atMost("Entities search, 1,000,000 rows: one keystroke until laid out", "ms",
                keystrokes(MILLION, runs), 16, "fixed", 1.0));
        notes.add("Search at 1,000,000: the same as at 100,000 (EntityList, table on screen, one sample per "
                + "keystroke typing a word and clearing it) with ten times the entities.");
    }

    /** One sample per keystroke over {@code rows} entities, typing a word and clearing it, {@code runs} times. */
    private static List<Double> keystrokes(int rows, int runs) throws Exception {
        List<Double> keystrokes = new ArrayList<>();
        try (EntitySearchBench search = EntitySearchBench.show(rows)) {
            search.type("tes");
            for (int i = 0; i < runs; i++) {
                String word = i % 2 == 0 ? "tesla" : "kia 1";
                List<Double> times = search.type(word);
                keystrokes.addAll(times);
                System.out.printf(java.util.Locale.ROOT, "  %,d rows, typing '%s' and clearing: %s ms; FX-thread CPU %s ms (load %s)%n",
                        rows, word, rounded(times), rounded(search.lastCpuMs()), Machine.load());
            }
        }
        return keystrokes;
    }

    private static String rounded(List<Double> values) {
        return values.stream().map(v -> String.format(java.util.Locale.ROOT, "%.1f", v)).toList().toString();
    }

    /** The Review opened again on a kept scan of 100,000 entitlements, until its queues show. */
    private static void reopen(int runs, List<Figure> figures, List<String> notes) throws Exception {
        System.out.println("review opened again on a kept scan ...");
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        List<Double> wholes = new ArrayList<>();
        try (ReviewReopenBench reopen = ReviewReopenBench.keeping(ROWS)) {
            reopen.open();
            for (int i = 0; i < runs; i++) {
                ReviewReopenBench.Sample sample = reopen.open();
                System.out.println("  reopen: " + sample + ", load " + Machine.load());
                walls.add(sample.wallMs());
                cpus.add(sample.cpuMs());
                wholes.add(sample.wholeMs());
            }
            notes.add(String.format(java.util.Locale.ROOT, "Review opened again (harness part `reopen`): a kept scan of "
                    + "100,000 entitlements (%.1f MB on disk) is read and its queues worked out on a worker, as "
                    + "when the view is shown; measured from asking the view model to open until its queue sizes "
                    + "are set and the queue's table (expiring within 365 days, most rows) is laid out holding "
                    + "rows: the kept scan's preview (every queue's size and the queue's first rows, in front "
                    + "of its rows) shows them while the rows are read; the reference figure is until every "
                    + "row is read and the whole scan shown. The "
                    + "environment is not connected, so no new scan follows. CPU is the whole process's "
                    + "meanwhile.", reopen.fileBytes() / 1e6));
        }
        figures.add(Figure.atMost("Review opened again, kept scan of 100,000 entitlements: until its queues show", "ms",
                walls, 300, "fixed", 1.0));
        figures.add(Figure.reported("Review opened again: process CPU meanwhile (reference)", "ms", cpus, Double.NaN));
        figures.add(Figure.reported("Review opened again: until every kept row is read and shown (reference)", "ms", wholes,
                Double.NaN));
    }

    private static void services(int runs, boolean paging, boolean bulk, List<Figure> figures, List<String> notes)
            throws Exception {
        System.out.println("paging and bulk ...");
        LiveTable table = LiveTable.show();
        PulseGaps pulses = new PulseGaps();
        List<Double> loads = new ArrayList<>();
        List<Double> loadGaps = new ArrayList<>();
        List<Double> bulks = new ArrayList<>();
        List<Double> bulkGaps = new ArrayList<>();
        List<Double> limited = new ArrayList<>();
        List<Double> limitedOnce = new ArrayList<>();
        try (ServiceBench bench = new ServiceBench(table)) {
            for (int i = 0; paging && i <= runs; i++) {
                ServiceBench.Sample sample = bench.loadEntitlements(pulses);
                if (i > 0) {
                    // the first load warms up
                    System.out.println("  paging: " + sample);
                    loads.add(sample.millis());
                    loadGaps.add(sample.longestGapMs());
                }
            }
            for (int i = 0; bulk && i < runs; i++) {
                ServiceBench.BulkSample sample = bench.bulk(pulses, 0);
                System.out.println("  bulk: " + sample);
                bulks.add(sample.millis());
                bulkGaps.add(sample.longestGapMs());
            }
            for (int i = 0; bulk && i < runs; i++) {
                ServiceBench.BulkSample sample = bench.bulk(pulses, 0.05);
                System.out.println("  bulk with 429s: " + sample);
                limited.add(sample.millis());
                limitedOnce.add((double) Math.min(sample.succeeded(), sample.loggedOnce()));
            }
        }
        if (paging) {
            figures.add(Figure.atMost("Paging: 10,000 entitlements, 100 pages, 50 ms latency", "ms", loads,
                    ServiceBench.pagingBound(), "ceil(pages/8) x 50 ms", 1.25));
        }
        if (bulk) {
            figures.add(Figure.atMost("Bulk: 1,000 toggles, 50 ms latency, 8 in flight", "ms", bulks,
                    ServiceBench.bulkBound(), "1000 / 8 x 50 ms", 1.25));
            figures.add(Figure.reported("Bulk with 5% 429 + Retry-After: 1 (time)", "ms", limited, Double.NaN));
            figures.add(Figure.atLeast("Bulk with 5% 429: changes succeeded and logged exactly once", "", limitedOnce,
                    ServiceBench.TOGGLES, "all 1,000", 1.0));
        }
        if (paging) {
            figures.add(Figure.atMost("Longest pulse gap while loading 10,000 entitlements", "ms", loadGaps, 50, "fixed", 1.0));
        }
        if (bulk) {
            figures.add(Figure.atMost("Longest pulse gap during a 1,000-item bulk run", "ms", bulkGaps, 50, "fixed", 1.0));
        }
        notes.add("Paging: the app's HttpFynnApi reads one subscription grown to 10,000 entitlements in the "
                + "in-process sandbox (50 ms added to every answer) with its default window of 8 pages in "
                + "flight, opened before page 1 has answered (the listing a view loads with progress); each "
                + "page is appended to a table on screen through Platform.runLater as it arrives.");
        notes.add("Bulk: the console's BulkFlowModel over BulkChanges and the app's ChangeEngine (stale-write "
                + "read once per subscription and batch, write, activity entry per change) switching 1,000 seed "
                + "entitlements off, 8 in flight; the seed spreads them over 708 subscriptions, so the run sends "
                + "about 1,708 requests. Its rows are shown in a table and its progress in a bar, as the bulk "
                + "window does. Then the same with 5% of answers being 429 with Retry-After: 1, counting the "
                + "changes that succeeded and have exactly one activity entry in the batch.");
        notes.add("Pulse gaps: an AnimationTimer records the longest time between two JavaFX pulses while the "
                + "load or the bulk run goes on (the FX thread free gives 16.7 ms).");
    }
}
