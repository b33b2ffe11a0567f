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
 * page is fetched only when the consumer reaches it. Stops on the last page (no token) and also
 * when the server repeats a token it already gave, which would otherwise loop forever.
 */
public final class ContinuationPages {
    private static final Logger log = LoggerFactory.getLogger(ContinuationPages.class);

    /** One fetched page: its items and the token of the next page (null or blank on the last). */
    public record Page<T>(List<T> items, String nextToken) {
    }

    private ContinuationPages() {
    }

    /** @param fetch gets the page for a token; the first page is asked for with {@code null} */
    public static <T> Stream<T> stream(Function<String, Page<T>> fetch) {
        return StreamSupport.stream(new PageSpliterator<>(fetch), false);
    }

    private static final class PageSpliterator<T> extends Spliterators.AbstractSpliterator<T> {
        private final Function<String, Page<T>> fetch;
        private final Set<String> seenTokens = new HashSet<>();
        private Iterator<T> items = List.<T>of().iterator();
        private String nextToken;
        private boolean started;
        private boolean finished;

        PageSpliterator(Function<String, Page<T>> fetch) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.fetch = fetch;
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
            items = page.items() == null ? List.<T>of().iterator() : page.items().iterator();
            String token = page.nextToken();
            if (token == null || token.isBlank()) {
                finished = true;
            } else if (!seenTokens.add(token)) {
                log.warn("The server repeated continuation token; stopping after {} pages", seenTokens.size() + 1);
                finished = true;
            } else {
                nextToken = token;
            }
        }
    }
}
