package app.switchboard.ops.review;

/**
 * A subscription whose entitlements could not be read during a scan. The scan carries on with the
 * others, so one broken subscription does not hide the rest of the review.
 *
 * @param reason what went wrong, in the operator's words (includes the server's own explanation)
 */
public record ScanFailure(String subscriptionId, String subscriptionNumber, String reason) {
}
