package app.switchboard.ops.review;

/**
 * Follows a scan: how many subscriptions have been read of how many. Called from background
 * threads, possibly several at once; the counts never go backwards.
 */
@FunctionalInterface
public interface ScanListener {
    /** @param total 0 while the subscription list itself is still being fetched */
    void onProgress(int subscriptionsDone, int total);

    static ScanListener ignore() {
        return (done, total) -> {
        };
    }
}
