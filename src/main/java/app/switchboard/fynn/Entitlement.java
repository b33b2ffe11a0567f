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

    /** The feature's name, its id when unnamed, "—" when the entitlement carries no feature. */
    public String featureName() {
        if (feature == null) {
            return FeatureValues.NONE;
        }
        return feature.name() != null && !feature.name().isBlank() ? feature.name()
                : feature.id() == null ? FeatureValues.NONE : feature.id();
    }

    /** The subscription item's name, "—" when the entitlement carries none. */
    public String itemName() {
        return subscriptionItem == null || subscriptionItem.name() == null || subscriptionItem.name().isBlank()
                ? FeatureValues.NONE : subscriptionItem.name();
    }
}
