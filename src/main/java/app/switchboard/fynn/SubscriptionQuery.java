package app.switchboard.fynn;

/**
 * Filters for listing subscriptions; every field is optional (null = no filter).
 *
 * @param orderBy sort field as Fynn names it, e.g. {@code createdAt}, {@code activatedAt}, {@code status}
 */
public record SubscriptionQuery(String search, SubscriptionStatus status, String customerId, String number,
                                String orderBy, boolean descending) {

    public static SubscriptionQuery all() {
        return new SubscriptionQuery(null, null, null, null, null, false);
    }

    public SubscriptionQuery withSearch(String text) {
        return new SubscriptionQuery(text, status, customerId, number, orderBy, descending);
    }

    public SubscriptionQuery withStatus(SubscriptionStatus value) {
        return new SubscriptionQuery(search, value, customerId, number, orderBy, descending);
    }

    public SubscriptionQuery withCustomer(String id) {
        return new SubscriptionQuery(search, status, id, number, orderBy, descending);
    }

    public SubscriptionQuery withNumber(String value) {
        return new SubscriptionQuery(search, status, customerId, value, orderBy, descending);
    }

    public SubscriptionQuery orderedBy(String field, boolean newestFirst) {
        return new SubscriptionQuery(search, status, customerId, number, field, newestFirst);
    }
}
