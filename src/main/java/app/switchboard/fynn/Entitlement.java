package app.switchboard.fynn;

import java.time.OffsetDateTime;

/**
 * A feature granted to a subscription item, with its value and validity window. {@code status}
 * is computed by Fynn and is the truth to show; {@code subscriptionItem} and {@code feature} may
 * be null (shown as "—").
 *
 * @param value always a string: "true"/"false" for switch features, a level or a number otherwise
 */
public record Entitlement(String id, EntitlementSubscriptionItem subscriptionItem, Feature feature, String value,
                          OffsetDateTime validFrom, OffsetDateTime validUntil, Boolean active,
                          EntitlementStatus status) {

    /** The value in words for its feature type, e.g. "On", "25 users", "Unlimited". */
    public String displayValue() {
        return FeatureValues.format(feature, value);
    }
}
