/**
 * The entitlement review, shared by the Review view and {@code switchboard review}: a
 * {@link app.switchboard.ops.review.ReviewScanner} reads every subscription's entitlements into a
 * {@link app.switchboard.ops.review.ReviewSnapshot}; {@link app.switchboard.ops.review.ReviewQueries}
 * answers the questions on it (the four {@link app.switchboard.ops.review.ReviewQueue}s, counts per
 * status, expirations per week, feature usage) against an injected clock;
 * {@link app.switchboard.ops.review.ReviewCsv} exports rows. Nothing here imports JavaFX.
 */
package app.switchboard.ops.review;
