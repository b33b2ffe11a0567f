package app.switchboard.fynn;

import app.switchboard.client.ApiException;
import app.switchboard.client.CallScope;
import app.switchboard.client.PageListener;
import java.util.List;

/**
 * Fynn as the rest of the application sees it. Every method blocks (call it off the FX thread) and
 * fails with an {@link ApiException} that says what went wrong. Methods returning a {@code List}
 * fetch every page: page 1 first, the rest concurrently, delivered in order (the entitlements
 * listing with a listener asks for the first pages all at once).
 */
public interface FynnApi {
    int MAX_LIMIT = 100;

    /** One page of subscriptions (page from 1, limit up to 100). */
    FynnPage<Subscription> subscriptions(SubscriptionQuery query, int page, int limit);

    /** Every matching subscription; {@code listener} sees each page in order with progress. */
    List<Subscription> allSubscriptions(SubscriptionQuery query, PageListener<Subscription> listener);

    Subscription subscription(String subscriptionId);

    FynnPage<Customer> customers(CustomerQuery query, int page, int limit);

    Customer customer(String customerId);

    /** Entitlements of a subscription; {@code status} null = any; expired ones only if asked. */
    List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired);

    /**
     * The same, for a view loading a subscription that may be big: {@code listener} sees each page in
     * order with progress, and the whole window of pages is requested at once instead of page 1
     * first (one round trip less; a subscription on fewer pages costs a few empty answers).
     */
    List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired,
                                   PageListener<Entitlement> listener);

    /** Entitlements of one subscription item. */
    List<Entitlement> itemEntitlements(String subscriptionItemId);

    /**
     * Switches an entitlement on or off and returns it as Fynn recomputed it (its {@code status} is
     * the truth to show). Safe to repeat: it sets an absolute state.
     */
    Entitlement setEntitlementActive(String entitlementId, boolean active);

    /** The whole feature catalogue. */
    List<Feature> features();

    /** One feature by id or slug, with its usage counts. */
    Feature feature(String featureId);

    /** The same API, with every call belonging to {@code scope} (cancel it when the view is left). */
    FynnApi within(CallScope scope);
}
