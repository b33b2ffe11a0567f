package app.switchboard.ops.review;

import app.switchboard.client.CallScope;
import java.time.Clock;

/**
 * Measures how long a review scan takes against the sandbox: seed size and scale 100, without and
 * with 50 ms of injected latency per request. Prints figures; asserts nothing.
 * Run: {@code java -cp target/test-classes:target/classes:target/app/lib/* app.switchboard.ops.review.ReviewScanBenchmark [scales] [latencies]},
 * e.g. {@code 1,100 0,50}.
 */
public final class ReviewScanBenchmark {
    private ReviewScanBenchmark() {
    }

    public static void main(String[] args) {
        String[] scales = (args.length > 0 ? args[0] : "1,100").split(",");
        String[] latencies = (args.length > 1 ? args[1] : "0,50").split(",");
        System.out.printf("cores=%d, maxHeap=%d MB%n", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Clock clock = Clock.systemUTC();
        for (String scale : scales) {
            for (String latency : latencies) {
                try (ReviewSandbox sandbox = new ReviewSandbox(clock, Integer.parseInt(scale), Long.parseLong(latency))) {
                    ReviewSnapshot snapshot = sandbox.scanner(clock).scan(new CallScope(), ScanListener.ignore());
                    System.out.printf("scale %s, latency %s ms: %d subscriptions, %d entitlements, %d failed, scan %.2f s%n",
                            scale, latency, snapshot.subscriptions(), snapshot.rows().size(),
                            snapshot.failures().size(), snapshot.took().toMillis() / 1000.0);
                }
            }
        }
    }
}
