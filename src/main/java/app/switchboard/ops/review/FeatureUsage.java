package app.switchboard.ops.review;

import app.switchboard.fynn.Feature;

/**
 * A catalogue feature and how many entitlements of the scanned set use it.
 *
 * @param entitlements number of scanned entitlements (of any status) granting this feature
 */
public record FeatureUsage(Feature feature, long entitlements) {
}
