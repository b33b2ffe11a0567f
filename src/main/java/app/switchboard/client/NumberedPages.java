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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Numbered pages (Fynn): page 1 says how many pages there are; the rest are fetched concurrently,
 * a bounded window ahead, and handed to the consumer strictly in page order. An empty page before
 * the announced end ends the listing: the server had fewer pages than it said. Page 1 is fetched
 * alone first ({@link #fetchAll}) or together with the pages after it ({@link #fetchAllAhead}).
 * Items whose id was already listed are dropped; a page with nothing new (a server repeating a
 * page, or paging without end) ends the listing, and so does the safety cap. Either early end
 * travels with the items ({@link PagingStop#of}) and to {@link PageListener#stopped}.
 */
public final class NumberedPages {
    private static final Logger log = LoggerFactory.getLogger(NumberedPages.class);
    /** Safety net against a server that announces an absurd page count. */
    static final int MAX_PAGES = 10_000;

    /**
     * One fetched page and the number of its last page: as far as the listing is read, and as the
     * server announced it where the two differ (e.g. a last page its own item count cannot fill).
     */
    public record Page<T>(List<T> items, int lastPage, int announcedLastPage) {
        public Page(List<T> items, int lastPage) {
            this(items, lastPage, lastPage);
        }
    }

    private NumberedPages() {
    }

    /**
     * Fetches every page and returns all items in order, page 1 first and alone: a listing that fits
     * on one page costs one request.
     *
     * @param fetch    gets page n (1-based); runs on {@code executor} for pages after the first
     * @param window   how many pages may be in flight at once
     * @param listener receives each page's items in page order, with pages done of total
     */
    public static <T> List<T> fetchAll(IntFunction<Page<T>> fetch, Executor executor, int window,
                                       PageListener<T> listener) {
        return fetch(fetch, executor, window, 1, listener, Ids.none());
    }

    /** {@link #fetchAll} for items with ids: duplicates dropped, a page of nothing new ends the listing. */
    public static <T> List<T> fetchAll(IntFunction<Page<T>> fetch, Executor executor, int window,
                                       PageListener<T> listener, Ids<T> ids) {
        return fetch(fetch, executor, window, 1, listener, ids);
    }

    /**
     * Like {@link #fetchAll}, but the whole window is opened before page 1 has said how many pages
     * there are: pages 1 to {@code window} are requested at once, which saves the round trip page 1
     * would take alone. Pages found to lie past the last one are dropped unread (a short listing
     * costs up to {@code window - 1} extra requests, answered with empty pages), so use it for
     * listings expected to be long, such as a view loading a big subscription.
     */
    public static <T> List<T> fetchAllAhead(IntFunction<Page<T>> fetch, Executor executor, int window,
                                            PageListener<T> listener) {
        return fetch(fetch, executor, window, window, listener, Ids.none());
    }

    /** {@link #fetchAllAhead} for items with ids, as {@link #fetchAll(IntFunction, Executor, int, PageListener, Ids)}. */
    public static <T> List<T> fetchAllAhead(IntFunction<Page<T>> fetch, Executor executor, int window,
                                            PageListener<T> listener, Ids<T> ids) {
        return fetch(fetch, executor, window, window, listener, ids);
    }

    private static <T> List<T> fetch(IntFunction<Page<T>> fetch, Executor executor, int window, int opening,
                                     PageListener<T> listener, Ids<T> ids) {
        int inFlight = Math.max(1, window);
        Deque<CompletableFuture<Page<T>>> ahead = new ArrayDeque<>();
        int nextToSubmit = 2;
        try {
            for (; nextToSubmit <= Math.min(opening, inFlight); nextToSubmit++) {
                int page = nextToSubmit;
                ahead.add(CompletableFuture.supplyAsync(() -> fetch.apply(page), executor));
            }
            Page<T> first = fetch.apply(1);
            int total = Math.max(1, Math.min(first.lastPage(), MAX_PAGES));
            PagingStop stop = null;
            boolean endedByServer = false;
            Ids.Seen<T> seen = ids.seen();
            // pages opened past the real last page: nobody waits for them or reads their answers
            while (ahead.size() > total - 1) {
                ahead.pollLast().cancel(true);
            }
            nextToSubmit = Math.min(nextToSubmit, total + 1);
            List<T> firstNew = seen.fresh(first.items());
            List<T> all = new ArrayList<>(firstNew);
            listener.onPage(firstNew, 1, total);
            for (int delivered = 2; delivered <= total; delivered++) {
                while (nextToSubmit <= total && ahead.size() < inFlight) {
                    int page = nextToSubmit++;
                    ahead.add(CompletableFuture.supplyAsync(() -> fetch.apply(page), executor));
                }
                Page<T> page = await(ahead.poll());
                if (page.items().isEmpty()) {
                    listener.onPage(page.items(), total, total);
                    endedByServer = true;
                    break;
                }
                List<T> fresh = seen.fresh(page.items());
                if (fresh.isEmpty()) {
                    stop = PagingStop.repeatedPage(ids.api(), delivered);
                    listener.onPage(fresh, total, total);
                    break;
                }
                all.addAll(fresh);
                listener.onPage(fresh, delivered, total);
            }
            // pages the server announced but the cap or its own item count left unread: said, never silent
            if (stop == null && !endedByServer && first.announcedLastPage() > total) {
                stop = PagingStop.capped(ids.api(), first.announcedLastPage(), total);
            }
            if (stop != null) {
                log.warn("{}", stop.english());
                listener.stopped(stop);
            }
            return new PagedItems<>(all, stop, seen.contradicted());
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
