package app.switchboard.ops;

/**
 * Progress of a bulk run. Called on the worker thread that finished the item; a view model hops to
 * its own thread.
 */
public interface BulkListener {

    BulkListener NONE = (item, finished, total) -> { };

    void itemFinished(BulkItemResult item, int finished, int total);

    default void runFinished(BulkResult result) {
    }
}
