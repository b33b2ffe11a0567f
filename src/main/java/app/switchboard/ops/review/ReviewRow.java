package app.switchboard.ops.review;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureValues;
import app.switchboard.ops.FynnEntitlementGateway;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One scanned entitlement with the customer and subscription it belongs to: a row of every review
 * queue and of the CSV export. The entitlement is kept whole so that a bulk toggle can be built from
 * the row.
 *
 * @param customer           whose subscription it is
 * @param subscriptionId     Fynn's subscription id (what "open in Subscriptions" and the change engine need)
 * @param subscriptionNumber the number people quote, e.g. {@code SUB-000123}; may be null
 * @param entitlement        the entitlement as Fynn returned it during the scan
 */
public record ReviewRow(ReviewCustomer customer, String subscriptionId, String subscriptionNumber,
                        Entitlement entitlement) {

    public ReviewRow {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(entitlement, "entitlement");
    }

    public String entitlementId() {
        return entitlement.id();
    }

    /** The subscription item's name, or "—". */
    public String itemName() {
        EntitlementSubscriptionItem item = entitlement.subscriptionItem();
        return item == null || item.name() == null ? FeatureValues.NONE : item.name();
    }

    /** The feature's name, else its id, else "—". */
    public String featureName() {
        Feature feature = entitlement.feature();
        if (feature == null) {
            return FeatureValues.NONE;
        }
        return feature.name() != null ? feature.name() : feature.id() == null ? FeatureValues.NONE : feature.id();
    }

    /** The feature's id, or null when the entitlement came without one. */
    public String featureId() {
        return entitlement.feature() == null ? null : entitlement.feature().id();
    }

    /** The value in words for its feature type ("On", "25 users", "Unlimited"). */
    public String displayValue() {
        return entitlement.displayValue();
    }

    /** Start of the validity window, or null (valid since ever). */
    public Instant validFrom() {
        return instant(entitlement.validFrom());
    }

    /** End of the validity window, or null (open-ended). */
    public Instant validUntil() {
        return instant(entitlement.validUntil());
    }

    /** The status Fynn computed when the entitlement was scanned; never null ("unknown" if absent). */
    public EntitlementStatus status() {
        return entitlement.status() == null ? EntitlementStatus.of("unknown") : entitlement.status();
    }

    /** Whether the switch is on, read the same way as the change engine reads it. */
    public boolean switchedOn() {
        return FynnEntitlementGateway.isOn(entitlement);
    }

    /** Whether {@code at} lies inside the validity window [validFrom, validUntil). */
    public boolean validAt(Instant at) {
        Instant from = validFrom();
        Instant until = validUntil();
        return (from == null || !from.isAfter(at)) && (until == null || until.isAfter(at));
    }

    /** The same row after a change: the status (and computed active flag) the server answered. */
    public ReviewRow withStatus(EntitlementStatus status) {
        Entitlement e = entitlement;
        return new ReviewRow(customer, subscriptionId, subscriptionNumber, new Entitlement(e.id(), e.subscriptionItem(),
                e.feature(), e.value(), e.validFrom(), e.validUntil(), EntitlementStatus.ACTIVE.equals(status), status));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
