package app.switchboard.fynn;

/** Summary of the subscription item an entitlement (or a subscription) carries. */
public record EntitlementSubscriptionItem(String id, String name, String description, String furtherInformation,
                                          SubscriptionItemStatus status, String subscriptionId) {
}
