package app.switchboard.client;

import java.util.List;

/**
 * Receives a multi-page fetch as it goes: each page's items in page order, with pages done of
 * total so a view can show progress. Called on the fetching (background) thread.
 */
@FunctionalInterface
public interface PageListener<T> {
    void onPage(List<T> items, int pagesDone, int totalPages);

    /** The listing ended before the server said it was complete; the items so far were delivered. */
    default void stopped(PagingStop stop) {
    }

    static <T> PageListener<T> ignore() {
        return (items, done, total) -> {
        };
    }
}
