package app.switchboard.fynn;

import java.time.OffsetDateTime;
import java.util.List;

/** A Fynn subscription (shape inferred from the vendor's integration code; fields may be null). */
public record Subscription(String id, String number, SubscriptionStatus status, SubscriptionCustomerRef customer,
                           List<EntitlementSubscriptionItem> items, OffsetDateTime createdAt,
                           OffsetDateTime activatedAt, OffsetDateTime trialEndsOn, ContractDetails contractDetails) {
    public Subscription {
        items = items == null ? List.of() : items;
    }
}
