package app.switchboard.ops.review;

import app.switchboard.text.Words;

/**
 * A subscription whose entitlements could not be read during a scan. The scan carries on with the
 * others, so one broken subscription does not hide the rest of the review.
 *
 * @param reason what went wrong, in any language (the server's own explanation verbatim)
 */
public record ScanFailure(String subscriptionId, String subscriptionNumber, Words reason) {
}
