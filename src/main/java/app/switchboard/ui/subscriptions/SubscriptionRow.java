package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionStatus;
import java.time.OffsetDateTime;

/**
 * One line of the subscriptions list: the subscription as Fynn sent it, and its customer's name
 * and number (looked up separately when the subscription carried only the customer's id).
 */
public record SubscriptionRow(Subscription subscription, String customerName, String customerNumber) {

    public String id() {
        return subscription.id();
    }

    public String number() {
        return subscription.number() == null ? subscription.id() : subscription.number();
    }

    public SubscriptionStatus status() {
        return subscription.status();
    }

    public OffsetDateTime activatedAt() {
        return subscription.activatedAt();
    }

    /** The subscription and, when the row knows it, its customer, as Ctrl+K finds them. */
    public java.util.stream.Stream<app.switchboard.find.Findable> findables() {
        var subscriptionItem = app.switchboard.find.Findable.subscription(subscription, customerName);
        String customerId = subscription.customer() == null ? null : subscription.customer().id();
        return customerId == null ? java.util.stream.Stream.of(subscriptionItem) : java.util.stream.Stream.of(subscriptionItem,
                app.switchboard.find.Findable.customer(customerId, customerName, customerNumber, null));
    }

    /** Null when the contract has no end (or Fynn did not say). */
    public OffsetDateTime contractEnd() {
        return subscription.contractDetails() == null ? null : subscription.contractDetails().contractEnd();
    }
}
