package app.switchboard.ops.review;

import app.switchboard.client.ApiCaller;
import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.CallScope;
import app.switchboard.client.PageListener;
import app.switchboard.client.PagingStop;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionCustomerRef;
import app.switchboard.fynn.SubscriptionQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the entitlements of every subscription of one Fynn environment into a
 * {@link ReviewSnapshot}. Used by the Review view and by {@code switchboard review}.
 *
 * <p>The subscription list and the feature catalogue are fetched first; then the entitlements of
 * each subscription ({@code includeExpired=true}, so expired ones are seen) are fetched
 * concurrently, {@code readers} subscriptions at a time. The HTTP client's own in-flight limit caps
 * the requests on the wire; by default twice as many subscriptions are read at once, so that a
 * slot a reader frees while it parses its answer is taken at once by another reader's request
 * instead of standing idle. A subscription that cannot be read becomes a {@link ScanFailure} and
 * the scan goes on.
 *
 * <p>Blocking: call {@link #scan} off the JavaFX thread. Cancelling the {@link CallScope} (or
 * interrupting the calling thread) stops the scan: calls in flight are dropped, no new ones go out,
 * and {@code scan} throws {@link CancellationException}.
 *
 * <pre>{@code
 * ReviewScanner scanner = new ReviewScanner(connection.fynn(), http.executor(), clock);
 * ReviewSnapshot snapshot = scanner.scan(scope, (done, total) -> progress.update(done, total));
 * List<ReviewRow> soon = new ReviewQueries(clock).rows(snapshot, ReviewQueue.EXPIRING, Duration.ofDays(30));
 * }</pre>
 */
public final class ReviewScanner {
    private final FynnApi fynn;
    private final Executor executor;
    private final Clock clock;
    private final int readers;

    /** A scanner that reads twice as many subscriptions at once as the HTTP client lets through by default. */
    public ReviewScanner(FynnApi fynn, Executor executor, Clock clock) {
        this(fynn, executor, clock, 2 * ApiCaller.DEFAULT_MAX_IN_FLIGHT);
    }

    /**
     * @param executor    runs the concurrent fetches (the shared HTTP executor; blocking work)
     * @param clock       stamps the snapshot's "as of" time and measures how long the scan took
     * @param readers     how many subscriptions are read at once
     */
    public ReviewScanner(FynnApi fynn, Executor executor, Clock clock, int readers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1");
        }
        this.fynn = Objects.requireNonNull(fynn, "fynn");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.readers = readers;
    }

    /**
     * Scans every subscription.
     *
     * @param scope    cancel it to stop the scan
     * @param listener told after each subscription how many are done of how many
     * @throws CancellationException when the scope was cancelled or the thread interrupted
     * @throws ApiException          when the subscription list or the feature catalogue cannot be read
     */
    public ReviewSnapshot scan(CallScope scope, ScanListener listener) {
        Objects.requireNonNull(scope, "scope");
        ScanListener progress = listener == null ? ScanListener.ignore() : listener;
        Instant asOf = clock.instant();
        long began = System.nanoTime();
        FynnApi api = fynn.within(scope);
        progress.onProgress(0, 0);
        List<Subscription> subscriptions = stoppable(scope, () -> api.allSubscriptions(SubscriptionQuery.all(), PageListener.ignore()));
        // a null entry in the catalogue's pages names no feature
        List<Feature> features = stoppable(scope, api::features).stream().filter(Objects::nonNull).toList();
        progress.onProgress(0, subscriptions.size());

        SubscriptionReader reader = new SubscriptionReader(api);
        List<SubscriptionReader.Result> results = readAll(subscriptions, reader, scope, progress);
        List<ReviewRow> rows = new ArrayList<>();
        List<ScanFailure> failures = new ArrayList<>();
        // a subscription list that ended early is said first: the review may miss whole subscriptions
        PagingStop.of(subscriptions).ifPresent(stop -> failures.add(new ScanFailure(null, null, stop.words())));
        for (SubscriptionReader.Result result : results) {
            rows.addAll(result.rows());
            if (result.failure() != null) {
                failures.add(result.failure());
            }
        }
        return new ReviewSnapshot(asOf, subscriptions.size(), rows, features, failures,
                Duration.ofNanos(System.nanoTime() - began));
    }

    /** Runs {@code readers} readers that take the next subscription until none is left; results keep list order. */
    private List<SubscriptionReader.Result> readAll(List<Subscription> subscriptions, SubscriptionReader reader,
                                                    CallScope scope, ScanListener progress) {
        int total = subscriptions.size();
        SubscriptionReader.Result[] results = new SubscriptionReader.Result[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<CompletableFuture<Void>> workers = new ArrayList<>();
        for (int w = 0; w < Math.min(readers, total); w++) {
            workers.add(CompletableFuture.runAsync(() -> {
                for (int i = next.getAndIncrement(); i < total && !scope.isCancelled(); i = next.getAndIncrement()) {
                    results[i] = reader.read(subscriptions.get(i), scope);
                    progress.onProgress(done.incrementAndGet(), total);
                }
            }, executor));
        }
        try {
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            scope.cancel();
            throw new CancellationException("The review scan was stopped");
        } catch (ExecutionException e) {
            scope.cancel();
            throw rethrow(e.getCause());
        }
        if (scope.isCancelled()) {
            throw new CancellationException("The review scan was stopped");
        }
        return List.of(results);
    }

    private static <T> T stoppable(CallScope scope, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiException e) {
            if (scope.isCancelled() || e.kind() == ApiErrorKind.CANCELLED) {
                throw cancelled(e);
            }
            throw e;
        }
    }

    static CancellationException cancelled(Throwable cause) {
        CancellationException stopped = new CancellationException("The review scan was stopped");
        stopped.initCause(cause);
        return stopped;
    }

    private static RuntimeException rethrow(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    /** What a customer reference names, without a request when the subscription embeds the names. */
    static ReviewCustomer embedded(SubscriptionCustomerRef ref) {
        return ReviewCustomer.of(ref.id(), ref.companyName(), ref.firstName(), ref.lastName(), ref.customerNumber());
    }

    static List<ReviewRow> rowsOf(Subscription subscription, ReviewCustomer customer, List<Entitlement> entitlements) {
        List<ReviewRow> rows = new ArrayList<>(entitlements.size());
        for (Entitlement entitlement : entitlements) {
            if (entitlement == null) {
                continue;
            }
            rows.add(new ReviewRow(customer, subscription.id(), subscription.number(), entitlement));
        }
        return rows;
    }
}
