package app.switchboard.ui.subscriptions;

import app.switchboard.client.CallScope;
import app.switchboard.client.KnownSecrets;
import app.switchboard.client.PageListener;
import app.switchboard.client.SharedHttp;
import app.switchboard.connect.ApiConnector;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.fynn.Customer;
import app.switchboard.fynn.CustomerQuery;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.EnvironmentConnector;
import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Demo sandbox, with Fynn's listings leaving out the state ({@code status} and {@code active})
 * of the entitlements named in {@link #withhold}: what a Fynn answer with a null or missing
 * {@code active} looks like to the console. Writes go to the sandbox unchanged, so their answers
 * carry the state again.
 */
final class WithheldStates implements EnvironmentConnector, AutoCloseable {
    private final Set<String> withheld = ConcurrentHashMap.newKeySet();
    private final SharedHttp http = new SharedHttp(new KnownSecrets());
    private final ApiConnector real = new ApiConnector(http, new InMemorySecretStore(),
            () -> SandboxConfig.builder().seed(42).clock(SandboxWorkspace.CLOCK).build());
    private volatile ApiConnector.Connection last;

    void withhold(String entitlementId) {
        withheld.add(entitlementId);
    }

    Sandbox sandbox() {
        return last.sandbox().orElseThrow();
    }

    @Override
    public EnvironmentConnection connect(Environment environment) throws EnvironmentUnavailableException {
        ApiConnector.Connection connection = real.connect(environment);
        last = connection;
        return new EnvironmentConnection() {
            @Override
            public Environment environment() {
                return connection.environment();
            }

            @Override
            public DerConnectApi der() {
                return connection.der();
            }

            @Override
            public FynnApi fynn() {
                return new Stateless(connection.fynn());
            }

            @Override
            public void close() {
                connection.close();
            }
        };
    }

    @Override
    public void close() {
        http.close();
    }

    private List<Entitlement> blank(List<Entitlement> listed) {
        return listed.stream().map(e -> withheld.contains(e.id()) ? new Entitlement(e.id(), e.subscriptionItem(),
                e.feature(), e.value(), e.validFrom(), e.validUntil(), null, null) : e).toList();
    }

    private final class Stateless implements FynnApi {
        private final FynnApi fynn;

        Stateless(FynnApi fynn) {
            this.fynn = fynn;
        }

        @Override
        public FynnPage<Subscription> subscriptions(SubscriptionQuery query, int page, int limit) {
            return fynn.subscriptions(query, page, limit);
        }

        @Override
        public List<Subscription> allSubscriptions(SubscriptionQuery query, PageListener<Subscription> listener) {
            return fynn.allSubscriptions(query, listener);
        }

        @Override
        public Subscription subscription(String subscriptionId) {
            return fynn.subscription(subscriptionId);
        }

        @Override
        public FynnPage<Customer> customers(CustomerQuery query, int page, int limit) {
            return fynn.customers(query, page, limit);
        }

        @Override
        public Customer customer(String customerId) {
            return fynn.customer(customerId);
        }

        @Override
        public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired) {
            return blank(fynn.entitlements(subscriptionId, status, includeExpired));
        }

        @Override
        public List<Entitlement> entitlements(String subscriptionId, EntitlementStatus status, boolean includeExpired,
                                              PageListener<Entitlement> listener) {
            return blank(fynn.entitlements(subscriptionId, status, includeExpired, listener));
        }

        @Override
        public List<Entitlement> itemEntitlements(String subscriptionItemId) {
            return blank(fynn.itemEntitlements(subscriptionItemId));
        }

        @Override
        public Entitlement setEntitlementActive(String entitlementId, boolean active) {
            return fynn.setEntitlementActive(entitlementId, active);
        }

        @Override
        public List<Feature> features() {
            return fynn.features();
        }

        @Override
        public Feature feature(String featureId) {
            return fynn.feature(featureId);
        }

        @Override
        public FynnApi within(CallScope scope) {
            return new Stateless(fynn.within(scope));
        }
    }
}
