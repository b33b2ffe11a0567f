package app.switchboard.client;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forward-only pages that hand over a continuation token (DER Connect), as a lazy stream: the next
 * page is fetched only when the consumer reaches it. Stops on the last page (no token), and also
 * when the server repeats a token it already gave, keeps handing out fresh tokens with empty
 * pages, or sends a page of items already listed, any of which would otherwise loop forever, and
 * after {@link #MAX_PAGES} pages when a server never stops handing out new ones. Items
 * listed before are dropped. An early end is logged and handed to {@code onStop}.
 */
public final class ContinuationPages {
    private static final Logger log = LoggerFactory.getLogger(ContinuationPages.class);
    /** Empty pages in a row after which a server still handing out tokens is taken to have nothing more. */
    static final int MAX_EMPTY_PAGES = 3;
    /** Safety net against a server handing out fresh tokens and fresh items without end (1,000,000 entities at 100 a page). */
    static final int MAX_PAGES = 10_000;

    /** One fetched page: its items and the token of the next page (null or blank on the last). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    private ContinuationPages() {
    }

    /** @param fetch gets the page for a token; the first page is asked for with {@code null} */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
        return stream(fetch, Ids.none(), stop -> { });
    }

    /** {@link #stream(Function)} telling items apart by {@code ids}; an early end goes to {@code onStop}. */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetch, Ids<T> ids, Consumer<PagingStop> onStop) {
        return StreamSupport.stream(new PageSpliterator<>(fetch, ids, onStop), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Function<String, Page<T>> fetch;
        private final Ids<T> ids;
        private final Ids.Seen<T> seenItems;
        private final Consumer<PagingStop> onStop;
        private final Set<String> seenTokens = new HashSet<>();
        private Iterator<T> items = List.<T>of().iterator();
        private String nextToken;
        private boolean started;
        private boolean finished;
        private int emptyInARow;

        PageSpliterator(Function<String, Page<T>> fetch, Ids<T> ids, Consumer<PagingStop> onStop) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.fetch = fetch;
            this.ids = ids;
            this.seenItems = ids.seen();
            this.onStop = onStop;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (!items.hasNext()) {
                if (finished) {
                    return false;
                }
                fetchNext();
            }
            action.accept(items.next());
            return true;
        }

        private void fetchNext() {
            Page<T> page = fetch.apply(started ? nextToken : null);
            started = true;
            List<T> received = page.items() == null ? List.of() : page.items();
            List<T> fresh = seenItems.fresh(received);
            items = fresh.iterator();
            String token = page.nextToken();
            emptyInARow = received.isEmpty() ? emptyInARow + 1 : 0;
            int pages = seenTokens.size() + 1;
            if (!received.isEmpty() && fresh.isEmpty()) {
                stop(PagingStop.repeatedPage(ids.api(), pages));
            } else if (token == null || token.isBlank()) {
                finished = true;
            } else if (emptyInARow >= MAX_EMPTY_PAGES) {
                stop(PagingStop.emptyPages(ids.api(), pages));
            } else if (pages >= MAX_PAGES) {
                stop(PagingStop.pagesCapped(ids.api(), pages));
            } else if (!seenTokens.add(token)) {
                stop(PagingStop.repeatedToken(ids.api(), pages));
            } else {
                nextToken = token;
            }
        }

        private void stop(PagingStop stop) {
            log.warn("{}", stop.english());
            finished = true;
            onStop.accept(stop);
        }
    }
}
