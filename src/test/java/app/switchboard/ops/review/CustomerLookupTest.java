package app.switchboard.ops.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.CallScope;
import app.switchboard.client.PageListener;
import app.switchboard.fynn.Customer;
import app.switchboard.fynn.CustomerQuery;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionCustomerRef;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.sandbox.FynnModel;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A Fynn that lists subscriptions with only the customer's id: the scan fetches each customer once. */
class CustomerLookupTest {

    @Test
    void subscriptionsCarryingOnlyACustomerIdAreNamedWithOneRequestPerCustomer() {
        try (ReviewSandbox sandbox = new ReviewSandbox(ReviewScannerTest.CLOCK, 1, 0)) {
            IdOnlyCustomers fynn = new IdOnlyCustomers(sandbox.fynn);
            ReviewSnapshot snapshot = new ReviewScanner(fynn, sandbox.http.executor(), ReviewScannerTest.CLOCK)
                    .scan(new CallScope(), ScanListener.ignore());

            long customersWithSubscriptions = sandbox.sandbox.fynnStore().subscriptions().stream()
                    .map(FynnModel.Subscription::customerId).distinct().count();
            assertThat(fynn.customerCalls.values()).allMatch(calls -> calls.get() == 1);
            assertThat(fynn.customerCalls).hasSize((int) customersWithSubscriptions);
            for (ReviewRow row : snapshot.rows()) {
                FynnModel.Customer truth = sandbox.sandbox.fynnStore().customer(row.customer().id()).orElseThrow();
                assertThat(row.customer().name()).isEqualTo(truth.displayName());
                assertThat(row.customer().number()).isEqualTo(truth.customerNumber());
            }
        }
    }

    /** Delegates to the real client but strips the embedded customer names and counts customer fetches. */
    private static final class IdOnlyCustomers implements FynnApi {
        final Map<String, AtomicInteger> customerCalls;
        private final FynnApi real;

        IdOnlyCustomers(FynnApi real) {
            this(real, new ConcurrentHashMap<>());
        }

        private IdOnlyCustomers(FynnApi real, Map<String, AtomicInteger> calls) {
            this.real = real;
            this.customerCalls = calls;
        }

        @Override
        public FynnPage<Subscription> subscriptions(SubscriptionQuery query, int page, int limit) {
            return real.subscriptions(query, page, limit);
        }

        @Override
        public List<Subscription> allSubscriptions(SubscriptionQuery query, PageListener<Subscription> listener) {
            return real.allSubscriptions(query, listener).stream().map(s -> new Subscription(s.id(), s.number(),
                    s.status(), SubscriptionCustomerRef.ofIdOrIri("/customers/" + s.customer().id()), s.items(),
                    s.createdAt(), s.activatedAt(), s.trialEndsOn(), s.contractDetails())).toList();
        }

        @Override
        public Subscription subscription(String subscriptionId) {
            return real.subscription(subscriptionId);
        }

        @Override
        public FynnPage<Customer> customers(CustomerQuery query, int page, int limit) {
            return real.customers(query, page, limit);
        }

        @Override
        public Customer customer(String customerId) {
            customerCalls.computeIfAbsent(customerId, id -> new AtomicInteger()).incrementAndGet();
            return real.customer(customerId);
        }

        @Override
        public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired) {
            return real.entitlements(subscriptionId, status, includeExpired);
        }

        @Override
        public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired,
                                              PageListener<Entitlement> listener) {
            return real.entitlements(subscriptionId, status, includeExpired, listener);
        }

        @Override
        public List<Entitlement> itemEntitlements(String subscriptionItemId) {
            return real.itemEntitlements(subscriptionItemId);
        }

        @Override
        public Entitlement setEntitlementActive(String entitlementId, boolean active) {
            return real.setEntitlementActive(entitlementId, active);
        }

        @Override
        public List<Feature> features() {
            return real.features();
        }

        @Override
        public Feature feature(String featureId) {
            return real.feature(featureId);
        }

        @Override
        public FynnApi within(CallScope scope) {
            return new IdOnlyCustomers(real.within(scope), customerCalls);
        }
    }
}
