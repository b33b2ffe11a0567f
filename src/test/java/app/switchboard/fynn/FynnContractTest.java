package app.switchboard.fynn;

import static app.switchboard.testsupport.FakeServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.testsupport.ContractValidator;
import app.switchboard.testsupport.FakeServer;
import app.switchboard.testsupport.TestEnvironments;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every request FynnApi sends must match fynn.yaml; answers must map to the records. */
class FynnContractTest {
    static final String SUB = "3b9f6f2e-8a55-4c7e-9a2e-4f1d2b7c9e10";
    static final String ENTITLEMENT = "{\"id\":\"ent-%d\",\"subscriptionItem\":{\"id\":\"item-1\",\"name\":\"Fitness M\","
            + "\"status\":\"active\",\"subscriptionId\":\"" + SUB + "\"},\"feature\":{\"id\":\"number-of-users\","
            + "\"name\":\"number of users\",\"status\":\"active\",\"type\":\"quantity\",\"config\":[{\"value\":\"25\",\"label\":\"25 users\"}],"
            + "\"unit\":\"users\"},\"value\":\"25\",\"validFrom\":\"2025-01-01T00:00:00+00:00\",\"validUntil\":null,"
            + "\"active\":%s,\"status\":\"%s\"}";
    static final String CUSTOMER = "{\"id\":\"7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f\",\"customerNumber\":\"CUSTOMER-042\","
            + "\"companyName\":\"Acme Inc.\",\"firstName\":\"John\",\"lastName\":\"Doe\",\"status\":\"STATUS_ACTIVE\","
            + "\"createdAt\":\"2020-01-01T00:00:00+00:00\",\"defaultAddress\":{\"city\":\"Berlin\",\"default\":\"true\"}}";
    static final String SUBSCRIPTION = "{\"id\":\"" + SUB + "\",\"number\":\"S-00000042\",\"status\":\"active\","
            + "\"customer\":" + CUSTOMER + ",\"items\":[{\"id\":\"item-1\",\"name\":\"Fitness M\",\"status\":\"active\"}],"
            + "\"createdAt\":\"2024-11-02T10:15:00+00:00\",\"contractDetails\":{\"contractStart\":\"2024-11-05T00:00:00+00:00\",\"contractEnd\":null}}";
    static final String FEATURE = "{\"id\":\"storage\",\"name\":\"Storage\",\"status\":\"active\",\"type\":\"range\","
            + "\"config\":{\"from\":1,\"to\":100},\"unit\":\"GB\",\"entitlementsCount\":15}";

    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer().answer(FynnContractTest::answer);
    private final Environment environment = TestEnvironments.pointingAt(server);
    private final FynnApi api = HttpFynnApi.forEnvironment(environment, TestEnvironments.secretsFor(environment),
            http.okHttp(), http.executor(), ApiTuning.standard());

    @AfterEach
    void close() {
        server.close();
        http.close();
    }

    static String page(String items, int page, int lastPage) {
        return "{\"data\":[" + items + "],\"meta\":{\"pagination\":{\"totalItems\":" + lastPage + ",\"itemsPerPage\":1,"
                + "\"currentPage\":" + page + ",\"lastPage\":" + lastPage + ",\"pageTotalItems\":1}}}";
    }

    private static MockResponse answer(RecordedRequest r) {
        String path = r.getUrl().encodedPath();
        int page = r.getUrl().queryParameter("page") == null ? 1 : Integer.parseInt(r.getUrl().queryParameter("page"));
        if (path.endsWith("/entitlements")) {
            return json(200, page(String.format(ENTITLEMENT, page, "true", "active"), page, 3));
        }
        if (path.startsWith("/fynn/entitlements/")) {
            return json(200, String.format(ENTITLEMENT, 9, "false", "disabled"));
        }
        if (path.equals("/fynn/subscriptions")) {
            // each page its own subscription: an id repeated across pages is dropped as a duplicate
            return json(200, page(page == 1 ? SUBSCRIPTION : SUBSCRIPTION.replace(SUB, "4c0a7f3e-9b66-4d8f-8b3f-5e2e3c8d0f21"), page, 2));
        }
        if (path.startsWith("/fynn/subscriptions/")) {
            return json(200, SUBSCRIPTION);
        }
        if (path.equals("/fynn/customers")) {
            return json(200, page(CUSTOMER, page, 1));
        }
        if (path.startsWith("/fynn/customers/")) {
            return json(200, CUSTOMER);
        }
        if (path.equals("/fynn/entitlement/features")) {
            return json(200, page(page == 1 ? FEATURE : FEATURE.replace("\"storage\"", "\"storage-" + page + "\""), page, 2));
        }
        if (path.startsWith("/fynn/entitlement/features/")) {
            return json(200, FEATURE);
        }
        return json(404, "{\"type\":\"/errors/404\",\"title\":\"An error occurred\",\"detail\":\"Not Found\",\"status\":404}");
    }

    @Test
    void everyOperationSendsRequestsThatMatchTheContract() {
        List<String> progress = new ArrayList<>();
        FynnPage<Subscription> onePage = api.subscriptions(SubscriptionQuery.all().withSearch("Acme")
                .withStatus(SubscriptionStatus.ACTIVE).withCustomer("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f")
                .withNumber("S-00000042").orderedBy("createdAt", true), 1, 30);
        List<Subscription> all = api.allSubscriptions(SubscriptionQuery.all(), (items, done, total) -> progress.add(done + "/" + total));
        Subscription subscription = api.subscription(SUB);
        FynnPage<Customer> customers = api.customers(CustomerQuery.search("Acme"), 1, 30);
        Customer customer = api.customer("7c1e2d3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f");
        List<Entitlement> entitlements = api.entitlements(SUB, EntitlementStatus.ACTIVE, true);
        List<Entitlement> itemEntitlements = api.itemEntitlements("item-1");
        Entitlement switched = api.setEntitlementActive("ent-9", false);
        List<Feature> features = api.features();
        Feature feature = api.feature("storage");

        assertThat(onePage.lastPage()).isEqualTo(2);
        assertThat(all).hasSize(2);
        assertThat(progress).containsExactly("1/2", "2/2");
        assertThat(subscription.customer().displayName()).isEqualTo("Acme Inc. (CUSTOMER-042)");
        assertThat(customers.data()).hasSize(1);
        assertThat(customer.defaultAddress().city()).isEqualTo("Berlin");
        assertThat(entitlements).extracting(Entitlement::id).containsExactly("ent-1", "ent-2", "ent-3");
        assertThat(entitlements.get(0).displayValue()).isEqualTo("25 users");
        assertThat(itemEntitlements).hasSize(3);
        assertThat(switched.status()).isEqualTo(EntitlementStatus.DISABLED);
        assertThat(features).hasSize(2);
        assertThat(feature.entitlementsCount()).isEqualTo(15);

        ContractValidator contract = new ContractValidator("fynn.yaml", "/fynn");
        assertThat(server.requests()).hasSize(16);
        assertThat(server.requests()).allSatisfy(r -> assertThat(contract.problems(r)).isEmpty());
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + TestEnvironments.FYNN_KEY));
    }

    @Test
    void statusPutCarriesOnlyActive() {
        api.setEntitlementActive("ent-9", true);
        RecordedRequest put = server.requests().get(0);
        assertThat(put.getMethod()).isEqualTo("PUT");
        assertThat(put.getUrl().encodedPath()).isEqualTo("/fynn/entitlements/ent-9/status");
        assertThat(put.getBody().utf8()).isEqualTo("{\"active\":true}");
    }

    @Test
    void validationFailureShowsDetailAndViolations() {
        server.answer(r -> json(422, "{\"type\":\"/validation_errors/0\",\"title\":\"An error occurred\","
                + "\"detail\":\"The entitlement cannot be changed.\",\"status\":422,"
                + "\"violations\":[{\"propertyPath\":\"active\",\"message\":\"This value should be of type bool.\",\"code\":null}]}"));

        assertThatThrownBy(() -> api.setEntitlementActive("ent-9", true)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.INVALID);
            assertThat(e.serverWords()).containsExactly("The entitlement cannot be changed.",
                    "active: This value should be of type bool.");
        });
    }

    @Test
    void revokedKeyIsReportedAsKeyProblem() {
        server.answer(r -> json(401, "{\"detail\":\"Invalid API key\"}"));

        assertThatThrownBy(() -> api.feature("storage")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.kind()).isEqualTo(ApiErrorKind.UNAUTHORISED);
            assertThat(e.userMessage()).isEqualTo("Fynn did not accept the credentials (HTTP 401): Invalid API key. "
                    + "Check the Fynn API key in Settings; it may have expired or been revoked.");
        });
        assertThat(server.requests()).hasSize(1);
    }
}
