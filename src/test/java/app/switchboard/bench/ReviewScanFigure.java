package app.switchboard.bench;

import app.switchboard.client.ApiCaller;
import app.switchboard.client.CallScope;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.ops.review.ReviewScanner;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.ScanListener;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.OkHttpClient;

/**
 * The Review scan of a tenant at sandbox scale 100 (42,000 subscriptions, about 336,000
 * entitlements) with 50 ms added to every answer, against the time the requests it sent need at
 * best: ceil(requests / in-flight limit) rounds of 50 ms. The requests are counted by the sandbox.
 * The client's calls are timed too (an OkHttp listener; the scan is the app's own): the ratio is
 * about (mean call / 50 ms) x (limit / mean calls in flight), which says where the time above the
 * bound went.
 */
final class ReviewScanFigure {
    static final int SCALE = 100;
    static final long LATENCY_MS = 50;

    private ReviewScanFigure() {
    }

    static Figure atScale100(int runs, List<String> notes) {
        System.out.println("review scan at scale 100, 50 ms latency (minutes) ...");
        Clock clock = Clock.systemUTC();
        List<Double> times = new ArrayList<>();
        long requests = 0;
        int subscriptions = 0;
        int entitlements = 0;
        CallTimes calls = new CallTimes();
        double meanCall = 0;
        double meanInFlight = 0;
        try (ReviewSandbox sandbox = new ReviewSandbox(clock, SCALE, LATENCY_MS)) {
            // the same client as the sandbox's, sharing its pool and dispatcher, with the calls timed
            OkHttpClient timed = sandbox.http.okHttp().newBuilder().eventListenerFactory(calls::listener).build();
            SecretStore secrets = new InMemorySecretStore();
            secrets.put(sandbox.environment.fynnKeyKey(), sandbox.sandbox.fynnApiKey());
            FynnApi fynn = HttpFynnApi.forEnvironment(sandbox.environment, secrets, timed, sandbox.http.executor(),
                    sandbox.http.tuning());
            for (int i = 0; i < runs; i++) {
                sandbox.sandbox.faults().resetCounters();
                calls.reset();
                ReviewSnapshot scan = new ReviewScanner(fynn, sandbox.http.executor(), clock)
                        .scan(new CallScope(), ScanListener.ignore());
                if (!scan.complete()) {
                    throw new IllegalStateException("the scan at scale 100 missed " + scan.failures().size() + " subscriptions");
                }
                long sent = sandbox.sandbox.faults().counters().get("apiRequests");
                requests = Math.max(requests, sent);
                subscriptions = scan.subscriptions();
                entitlements = scan.rows().size();
                times.add((double) scan.took().toMillis());
                meanCall = calls.meanMillis();
                meanInFlight = calls.meanInFlight(scan.took().toMillis());
                System.out.printf(Locale.ROOT, "  scan: %,d subscriptions, %,d entitlements, %,d requests, %.1f s; "
                                + "%,d calls of %.2f ms on average, %.2f in flight on average (load %s)%n",
                        subscriptions, entitlements, sent, scan.took().toMillis() / 1000.0, calls.calls(), meanCall,
                        meanInFlight, Machine.load());
            }
        }
        int inFlight = ApiCaller.DEFAULT_MAX_IN_FLIGHT;
        double bound = Math.ceil(requests / (double) inFlight) * LATENCY_MS;
        notes.add(String.format(Locale.ROOT, "Review scan at scale 100 (harness part `scan100`, %d run(s); "
                + "`-Dbench.scan100.runs=N`): the app's ReviewScanner and HttpFynnApi against the in-process sandbox "
                + "at scale 100 (%,d subscriptions, %,d entitlements, expired ones included) with 50 ms added to "
                + "every answer; %,d requests counted by the sandbox (subscription and catalogue pages, one "
                + "entitlement listing per subscription and its further pages); the bound is ceil(requests / %d "
                + "in flight) x 50 ms = %.0f ms. The client's calls (last run) took %.2f ms on average from start "
                + "to answer read, with %.2f of %d in flight on average: (%.2f / 50) x (%d / %.2f) = %.3f.",
                runs, subscriptions, entitlements, requests, inFlight, bound, meanCall, meanInFlight, inFlight, meanCall,
                inFlight, meanInFlight, meanCall / LATENCY_MS * inFlight / Math.max(0.01, meanInFlight)));
        return Figure.atMost(String.format(Locale.ROOT, "Review scan, scale 100 (%,d entitlements), 50 ms latency, %,d requests",
                entitlements, requests), "ms", times, bound, "ceil(requests/" + inFlight + ") x 50 ms", 1.1);
    }
}
