package app.switchboard.fynn;

import java.time.OffsetDateTime;

/** When a subscription item was and will be billed. */
public record ItemBilling(OffsetDateTime lastBilledAt, OffsetDateTime lastBilledFrom, OffsetDateTime lastBilledTo,
                          OffsetDateTime nextBillingAt, String billingInterval) {
}
