package app.switchboard.client;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.IntFunction;

/**
 * Numbered pages (Fynn): page 1 says how many pages there are; the rest are then fetched
 * concurrently, a bounded window ahead, and handed to the consumer strictly in page order.
 */
public final class NumberedPages {
    /** Safety net against a server that announces an absurd page count. */
    static final int MAX_PAGES = 10_000;

    /** One fetched page and the number of the last page as the server states it. */
    public record Page<T>(List<T> items, int lastPage) {
    }

    private NumberedPages() {
    }

    /**
     * Fetches every page and returns all items in order.
     *
     * @param fetch    gets page n (1-based); runs on {@code executor} for pages after the first
     * @param window   how many pages may be in flight at once
     * @param listener receives each page's items in page order, with pages done of total
     */
    public static <T> List<T> fetchAll(IntFunction<Page<T>> fetch, Executor executor, int window,
                                       PageListener<T> listener) {
        Page<T> first = fetch.apply(1);
        int total = Math.max(1, Math.min(first.lastPage(), MAX_PAGES));
        List<T> all = new ArrayList<>(first.items());
        listener.onPage(first.items(), 1, total);
        Deque<CompletableFuture<Page<T>>> ahead = new ArrayDeque<>();
        int nextToSubmit = 2;
        try {
            for (int delivered = 2; delivered <= total; delivered++) {
                while (nextToSubmit <= total && ahead.size() < Math.max(1, window)) {
                    int page = nextToSubmit++;
                    ahead.add(CompletableFuture.supplyAsync(() -> fetch.apply(page), executor));
                }
                Page<T> page = await(ahead.poll());
                all.addAll(page.items());
                listener.onPage(page.items(), delivered, total);
            }
            return all;
        } finally {
            ahead.forEach(f -> f.cancel(true));
        }
    }

    private static <T> Page<T> await(CompletableFuture<Page<T>> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(ApiErrorKind.CANCELLED, null, 0, List.of(), null, null, null, null, null, e);
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new CompletionException(cause);
    }
}
