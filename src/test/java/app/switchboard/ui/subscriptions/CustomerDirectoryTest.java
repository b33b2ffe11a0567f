package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.Customer;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionCustomerRef;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerDirectoryTest {
    private final List<String> fetched = new ArrayList<>();
    /** Answers only {@code customer(id)}, the one call the directory may make. */
    private final FynnApi fynn = (FynnApi) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {FynnApi.class}, (proxy, method, args) -> {
                if (!method.getName().equals("customer")) {
                    throw new AssertionError("unexpected call " + method.getName());
                }
                String id = (String) args[0];
                fetched.add(id);
                return new Customer(id, "C-" + id, null, null, "Firm " + id, true, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                        null, null);
            });
    private final CustomerDirectory directory = new CustomerDirectory();

    @Test
    void aCustomerGivenOnlyByIdIsFetchedOnceAndRemembered() {
        List<SubscriptionRow> first = directory.rowsFor(List.of(byIdOnly("s1", "/customers/42"), byIdOnly("s2", "42")), fynn);
        List<SubscriptionRow> again = directory.rowsFor(List.of(byIdOnly("s3", "42")), fynn);

        assertThat(fetched).containsExactly("42");
        assertThat(first).extracting(SubscriptionRow::customerName).containsOnly("Firm 42");
        assertThat(again.get(0).customerNumber()).isEqualTo("C-42");
    }

    @Test
    void anEmbeddedCustomerNeedsNoLookupAndAPersonIsNamedByFirstAndLastName() {
        Subscription embedded = subscription("s1", new SubscriptionCustomerRef("7", "C-7", null, "Ada", "Lovelace"));

        SubscriptionRow row = directory.rowFor(embedded, fynn);

        assertThat(fetched).isEmpty();
        assertThat(row.customerName()).isEqualTo("Ada Lovelace");
        assertThat(row.customerNumber()).isEqualTo("C-7");
    }

    @Test
    void forgettingStartsAfresh() {
        directory.rowsFor(List.of(byIdOnly("s1", "9")), fynn);
        directory.forget();
        directory.rowsFor(List.of(byIdOnly("s1", "9")), fynn);
        assertThat(fetched).containsExactly("9", "9");
    }

    private static Subscription byIdOnly(String id, String customer) {
        return subscription(id, SubscriptionCustomerRef.ofIdOrIri(customer));
    }

    private static Subscription subscription(String id, SubscriptionCustomerRef customer) {
        return new Subscription(id, "S-" + id, null, customer, null, null, null, null, null);
    }
}
