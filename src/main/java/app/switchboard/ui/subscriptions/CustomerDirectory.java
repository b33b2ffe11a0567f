package app.switchboard.ui.subscriptions;

import app.switchboard.fynn.Customer;
import app.switchboard.fynn.CustomerNames;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionCustomerRef;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Customers' names and numbers for the subscriptions list. A subscription may carry only its
 * customer's id; then the customer is fetched once ({@code GET /customers/{id}}) and remembered,
 * so paging back and forth does not ask again. Forget everything when the environment changes.
 * Lookups run on background threads.
 */
final class CustomerDirectory {
    private final Map<String, Customer> known = new ConcurrentHashMap<>();

    /** The page's rows, fetching each customer the page names only by id (once per customer). */
    List<SubscriptionRow> rowsFor(List<Subscription> subscriptions, FynnApi fynn) {
        return subscriptions.stream().map(s -> rowFor(s, fynn)).toList();
    }

    SubscriptionRow rowFor(Subscription subscription, FynnApi fynn) {
        SubscriptionCustomerRef ref = subscription.customer();
        if (ref == null) {
            return new SubscriptionRow(subscription, null, null);
        }
        if (!ref.isIdOnly() || ref.id() == null) {
            return new SubscriptionRow(subscription, name(ref.companyName(), ref.firstName(), ref.lastName()),
                    ref.customerNumber());
        }
        Customer customer = known.get(ref.id());
        if (customer == null) {
            // fetched outside the map: a slow call must not hold other lookups
            customer = fynn.customer(ref.id());
            known.put(ref.id(), customer);
        }
        return new SubscriptionRow(subscription, name(customer.companyName(), customer.firstName(), customer.lastName()),
                customer.customerNumber());
    }

    int size() {
        return known.size();
    }

    void forget() {
        known.clear();
    }

    /** Company name, else first and last name; null when Fynn gave none. */
    private static String name(String company, String first, String last) {
        String name = CustomerNames.displayName(company, first, last, null, null);
        return CustomerNames.NONE.equals(name) ? null : name;
    }
}
