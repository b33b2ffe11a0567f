package app.switchboard.ui.subscriptions;

import app.switchboard.sandbox.FynnModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures the Subscriptions workspace through its view models against the sandbox on loopback:
 * time to open a subscription's detail (entitlements fetched and grouped) and to page through
 * every subscription, at seed scale 1 and 100. Background work runs on the calling thread, so a
 * figure is the whole round trip the operator waits for. Prints figures; asserts nothing.
 * Run: {@code java -cp target/test-classes:target/classes:target/app/lib/* app.switchboard.ui.subscriptions.SubscriptionsBenchmark [scale...]}
 */
public final class SubscriptionsBenchmark {
    private static final int OPENS = 40;

    private SubscriptionsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] scales = args.length == 0 ? new int[] {1, 100} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        System.out.printf("cores=%d, maxHeap=%d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        for (int scale : scales) {
            Path home = Files.createTempDirectory("subscriptions-benchmark");
            long started = System.nanoTime();
            try (SandboxWorkspace workspace = new SandboxWorkspace(home, scale, true)) {
                SubscriptionsViewModel list = workspace.listModel();
                System.out.printf("scale %d: %d subscriptions, %d entitlements; connected and first page shown after %d ms%n",
                        scale, workspace.store().subscriptions().size(), workspace.store().allEntitlements().size(),
                        (System.nanoTime() - started) / 1_000_000);
                openDetails(workspace, list);
                for (int size : SubscriptionsViewModel.PAGE_SIZES) {
                    pageThrough(list, size);
                }
            }
        }
    }

    private static void openDetails(SandboxWorkspace workspace, SubscriptionsViewModel list) {
        List<FynnModel.Subscription> all = workspace.store().subscriptions();
        SplittableRandom random = new SplittableRandom(7);
        List<Long> micros = new ArrayList<>();
        int entitlements = 0;
        for (int i = 0; i < OPENS + 5; i++) {
            list.search(all.get(random.nextInt(all.size())).number());
            SubscriptionRow row = list.rows().get(0);
            long start = System.nanoTime();
            list.open(row);
            long took = (System.nanoTime() - start) / 1000;
            if (i >= 5) { // the first few warm up the JIT and the connection pool
                micros.add(took);
                entitlements += list.detail().rows().size();
            }
            list.detail().close();
        }
        Collections.sort(micros);
        System.out.printf("  open detail: median %.1f ms, 90th %.1f ms, max %.1f ms (%d opens, %.1f entitlements each)%n",
                micros.get(micros.size() / 2) / 1000.0, micros.get(micros.size() * 9 / 10) / 1000.0,
                micros.get(micros.size() - 1) / 1000.0, micros.size(), entitlements / (double) micros.size());
        list.search("");
    }

    private static void pageThrough(SubscriptionsViewModel list, int size) {
        list.changePageSize(size);
        list.firstPage();
        int rows = list.rows().size();
        long start = System.nanoTime();
        while (list.hasNext()) {
            list.nextPage();
            rows += list.rows().size();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int pages = list.lastPageProperty().get();
        System.out.printf("  page through all at %d per page: %d pages, %d rows in %d ms (%.1f ms per page)%n",
                size, pages, rows, millis, millis / (double) Math.max(1, pages - 1));
    }
}
