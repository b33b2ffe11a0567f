package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.sandbox.ContractClient.Answer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Item;
import app.switchboard.sandbox.FynnModel.Subscription;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A tour of every Fynn operation, success and error paths, each answer checked against the contract. */
class FynnContractTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:30:00Z"));
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().clock(clock).build());
    private final ContractClient client = new ContractClient(sandbox);

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Entitlement entitlementWithStatus(String status) {
        Instant now = clock.instant();
        return sandbox.fynnStore().allEntitlements().stream().filter(e -> status.equals(e.status(now)))
                .min(java.util.Comparator.comparing(Entitlement::id)).orElseThrow();
    }

    private Subscription subscription(Predicate<Subscription> condition) {
        return sandbox.fynnStore().subscriptions().stream().filter(condition).findFirst().orElseThrow();
    }

    private static String detail(Answer answer) {
        return answer.json().get("detail").asText();
    }

    @Test
    void aMissingOrWrongApiKeyIsUnauthorized() {
        assertThat(client.fynnWithKey("GET", "/subscriptions", null, null).status()).isEqualTo(401);
        Answer wrong = client.fynnWithKey("GET", "/subscriptions", null, "sbx_live_wrong");
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.header("WWW-Authenticate")).contains("invalid");
    }

    @Test
    void theReadOnlyKeyReadsButMayNotWrite() {
        Entitlement e = entitlementWithStatus("active");
        assertThat(client.fynnWithKey("GET", "/entitlement/features", null, sandbox.fynnReadOnlyKey()).status()).isEqualTo(200);
        Answer write = client.fynnWithKey("PUT", "/entitlements/" + e.id() + "/status", "{\"active\":false}", sandbox.fynnReadOnlyKey());
        assertThat(write.status()).isEqualTo(403);
        assertThat(sandbox.fynnStore().entitlement(e.id()).orElseThrow().enabled()).isTrue();
    }

    @Test
    void subscriptionsArePagedWithPaginationMeta() {
        Answer page = client.fynn("GET", "/subscriptions?page=2&limit=50", null);
        assertThat(page.status()).isEqualTo(200);
        JsonNode pagination = page.json().get("meta").get("pagination");
        assertThat(pagination.get("totalItems").asInt()).isEqualTo(sandbox.fynnStore().subscriptions().size());
        assertThat(pagination.get("currentPage").asInt()).isEqualTo(2);
        assertThat(pagination.get("itemsPerPage").asInt()).isEqualTo(50);
        assertThat(pagination.get("pageTotalItems").asInt()).isEqualTo(50);
        assertThat(pagination.get("lastPage").asInt()).isEqualTo((sandbox.fynnStore().subscriptions().size() + 49) / 50);
        assertThat(page.json().get("data").get(0).get("customer").get("customerNumber").asText()).startsWith("CUS-");
    }

    @Test
    void aLimitAboveOneHundredIsCappedAndABadPageIsRejected() {
        Answer capped = client.fynn("GET", "/subscriptions?limit=500", null);
        assertThat(capped.json().get("data")).hasSize(100);
        assertThat(capped.json().get("meta").get("pagination").get("itemsPerPage").asInt()).isEqualTo(100);
        Answer bad = client.fynnOffContract("GET", "/subscriptions?page=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(detail(bad)).contains("Page");
    }

    @Test
    void subscriptionsFilterByStatusCustomerAndSearch() {
        JsonNode paused = client.fynn("GET", "/subscriptions?status=paused&limit=100", null).json().get("data");
        assertThat(paused).isNotEmpty().allSatisfy(s -> assertThat(s.get("status").asText()).isEqualTo("paused"));
        Subscription some = subscription(s -> true);
        JsonNode ofCustomer = client.fynn("GET", "/subscriptions?customer=" + some.customerId(), null).json().get("data");
        assertThat(ofCustomer).isNotEmpty().allSatisfy(s -> assertThat(s.get("customer").get("id").asText()).isEqualTo(some.customerId()));
        FynnModel.Customer customer = sandbox.fynnStore().customers().stream().filter(c -> c.displayName().contains("ü")).findFirst().orElseThrow();
        String term = customer.displayName().substring(0, Math.min(customer.displayName().length(), 8));
        JsonNode found = client.fynn("GET", "/subscriptions?limit=100&search=" + URLEncoder.encode(term, StandardCharsets.UTF_8), null).json().get("data");
        assertThat(found).isNotEmpty();
        assertThat(client.fynn("GET", "/subscriptions?status=sleeping", null).json().get("data")).isEmpty();
    }

    @Test
    void searchIgnoresCaseAndAccentsAsSupportStaffType() {
        FynnModel.Customer customer = sandbox.fynnStore().customers().stream()
                .filter(c -> c.displayName().contains("Müller")).findFirst().orElseThrow();
        JsonNode customers = client.fynn("GET", "/customers?limit=100&search=muller", null).json().get("data");
        assertThat(customers).anySatisfy(c -> assertThat(c.get("id").asText()).isEqualTo(customer.id()));
        JsonNode subscriptions = client.fynn("GET", "/subscriptions?limit=100&search=MULLER", null).json().get("data");
        assertThat(subscriptions).anySatisfy(s -> assertThat(s.get("customer").get("id").asText()).isEqualTo(customer.id()));
    }

    @Test
    void oneSubscriptionEmbedsItsCustomerAndItems() {
        Subscription s = subscription(x -> x.itemIds().size() > 1);
        Answer answer = client.fynn("GET", "/subscriptions/" + s.id(), null);
        assertThat(answer.json().get("number").asText()).isEqualTo(s.number());
        assertThat(answer.json().get("items")).hasSize(s.itemIds().size());
        assertThat(client.fynn("GET", "/subscriptions/nope", null).status()).isEqualTo(404);
    }

    @Test
    void customersAreListedSearchedAndFoundByIdOrNumber() {
        Answer all = client.fynn("GET", "/customers?limit=10", null);
        assertThat(all.json().get("meta").get("pagination").get("totalItems").asInt()).isEqualTo(sandbox.fynnStore().customers().size());
        FynnModel.Customer c = sandbox.fynnStore().customers().get(3);
        assertThat(client.fynn("GET", "/customers?customerNumber=" + c.customerNumber(), null).json().get("data")).hasSize(1);
        assertThat(client.fynn("GET", "/customers/" + c.id(), null).json().get("customerNumber").asText()).isEqualTo(c.customerNumber());
        assertThat(client.fynn("GET", "/customers/" + c.customerNumber(), null).json().get("id").asText()).isEqualTo(c.id());
        assertThat(client.fynn("GET", "/customers/unknown", null).status()).isEqualTo(404);
    }

    @Test
    void expiredEntitlementsAreHiddenUnlessAskedFor() {
        Entitlement expired = entitlementWithStatus("expired");
        Item item = sandbox.fynnStore().item(expired.itemId()).orElseThrow();
        String path = "/subscriptions/" + item.subscriptionId() + "/entitlements?limit=100";
        assertThat(ids(client.fynn("GET", path, null))).doesNotContain(expired.id());
        assertThat(ids(client.fynn("GET", path + "&includeExpired=true", null))).contains(expired.id());
        JsonNode onlyExpired = client.fynn("GET", path + "&status=expired", null).json().get("data");
        assertThat(onlyExpired).isNotEmpty().allSatisfy(e -> assertThat(e.get("status").asText()).isEqualTo("expired"));
        assertThat(client.fynn("GET", path + "&status=sleeping", null).json().get("data")).isEmpty();
        assertThat(client.fynn("GET", "/subscriptions/nope/entitlements", null).status()).isEqualTo(404);
    }

    @Test
    void itemsAndTheirEntitlementsAreServed() {
        Entitlement e = entitlementWithStatus("active");
        Answer item = client.fynn("GET", "/subscription-items/" + e.itemId(), null);
        assertThat(item.json().get("id").asText()).isEqualTo(e.itemId());
        assertThat(ids(client.fynn("GET", "/subscription-items/" + e.itemId() + "/entitlements", null))).contains(e.id());
        assertThat(client.fynn("GET", "/subscription-items/nope", null).status()).isEqualTo(404);
        assertThat(client.fynn("GET", "/subscription-items/nope/entitlements", null).status()).isEqualTo(404);
    }

    @Test
    void switchingAnEntitlementOffAndOnRecomputesItsStatus() {
        Entitlement e = entitlementWithStatus("active");
        Answer off = client.fynn("PUT", "/entitlements/" + e.id() + "/status", "{\"active\":false}");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.json().get("status").asText()).isEqualTo("disabled");
        assertThat(off.json().get("active").asBoolean()).isFalse();
        Answer on = client.fynn("PUT", "/entitlements/" + e.id() + "/status", "{\"active\":true}");
        assertThat(on.json().get("status").asText()).isEqualTo("active");
        assertThat(on.json().get("feature").get("id").asText()).isEqualTo(e.featureId());
    }

    @Test
    void enablingAnEntitlementWhoseWindowHasNotStartedMakesItPending() {
        Entitlement pending = entitlementWithStatus("pending");
        client.fynn("PUT", "/entitlements/" + pending.id() + "/status", "{\"active\":false}");
        Answer on = client.fynn("PUT", "/entitlements/" + pending.id() + "/status", "{\"active\":true}");
        assertThat(on.json().get("status").asText()).isEqualTo("pending");
        clock.advance(Duration.between(clock.instant(), pending.validFrom()).plusMinutes(1));
        Answer later = client.fynn("GET", "/subscription-items/" + pending.itemId() + "/entitlements", null);
        assertThat(later.json().get("data")).anySatisfy(j -> {
            assertThat(j.get("id").asText()).isEqualTo(pending.id());
            assertThat(j.get("status").asText()).isEqualTo("active");
        });
    }

    @Test
    void anExpiredEntitlementStaysExpiredWhateverTheSwitch() {
        Entitlement expired = entitlementWithStatus("expired");
        Answer answer = client.fynn("PUT", "/entitlements/" + expired.id() + "/status", "{\"active\":" + !expired.enabled() + "}");
        assertThat(answer.json().get("status").asText()).isEqualTo("expired");
    }

    @Test
    void badStatusBodiesAreRejectedTheWayApiPlatformDoes() {
        String path = "/entitlements/" + entitlementWithStatus("active").id() + "/status";
        Answer wrongType = client.fynn("PUT", path, "{\"active\":\"yes\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(detail(wrongType)).contains("\"bool\"");
        Answer missing = client.fynn("PUT", path, "{}");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().get("violations").get(0).get("propertyPath").asText()).isEqualTo("active");
        assertThat(client.fynn("PUT", path, "{oops").status()).isEqualTo(400);
        assertThat(client.fynn("PUT", "/entitlements/unknown/status", "{\"active\":true}").status()).isEqualTo(404);
    }

    @Test
    void entitlementsCanBeAddedToASubscriptionOrItem() {
        Subscription s = subscription(x -> sandbox.fynnStore().entitlementsOfSubscription(x).stream().noneMatch(e -> e.featureId().equals("sso-login")));
        Answer created = client.fynn("POST", "/subscriptions/" + s.id() + "/entitlements",
                "{\"feature\":\"/entitlement/features/sso-login\",\"value\":\"true\",\"validFrom\":null,\"validUntil\":\"2027-01-01T00:00:00+00:00\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asText()).isEqualTo("active");
        assertThat(created.json().get("subscriptionItem").get("subscriptionId").asText()).isEqualTo(s.id());
        Answer twice = client.fynn("POST", "/subscriptions/" + s.id() + "/entitlements",
                "{\"feature\":\"sso-login\",\"value\":\"true\"}");
        assertThat(twice.status()).isEqualTo(422);
        String itemId = s.itemIds().get(0);
        Answer badValue = client.fynn("POST", "/subscription-items/" + itemId + "/entitlements",
                "{\"feature\":\"discount\",\"value\":\"55\"}");
        assertThat(badValue.status()).isEqualTo(422);
        assertThat(badValue.json().get("violations").get(0).get("propertyPath").asText()).isEqualTo("value");
        Answer draft = client.fynn("POST", "/subscription-items/" + itemId + "/entitlements",
                "{\"feature\":\"two-factor-enforcement\",\"value\":\"true\"}");
        assertThat(detail(draft)).contains("\"active\" state");
        assertThat(client.fynn("POST", "/subscription-items/" + itemId + "/entitlements",
                "{\"feature\":\"no-such-feature\",\"value\":\"1\"}").status()).isEqualTo(400);
        assertThat(client.fynn("POST", "/subscription-items/nope/entitlements", "{\"feature\":\"sso-login\",\"value\":\"true\"}").status())
                .isEqualTo(404);
    }

    @Test
    void theFeatureCatalogueFiltersAndCountsEntitlements() {
        Answer all = client.fynn("GET", "/entitlement/features?limit=100", null);
        assertThat(all.json().get("data").size()).isGreaterThanOrEqualTo(20);
        JsonNode ranges = client.fynn("GET", "/entitlement/features?type=range", null).json().get("data");
        assertThat(ranges).isNotEmpty().allSatisfy(f -> assertThat(f.get("type").asText()).isEqualTo("range"));
        JsonNode two = client.fynn("GET", "/entitlement/features?id[]=sso-login&id[]=discount", null).json().get("data");
        assertThat(two).hasSize(2);
        Answer one = client.fynn("GET", "/entitlement/features/number-of-users", null);
        assertThat(one.json().get("unit").asText()).isEqualTo("users");
        assertThat(one.json().get("entitlementsCount").asInt()).isPositive();
        assertThat(one.json().get("productAssignmentsCount").asInt()).isPositive();
        assertThat(client.fynn("GET", "/entitlement/features/nope", null).status()).isEqualTo(404);
    }

    @Test
    void aFeatureCanBeArchivedButNotSentBackToDraft() {
        Answer archived = client.fynn("PUT", "/entitlement/features/api-access/status", "{\"status\":\"archived\"}");
        assertThat(archived.status()).isEqualTo(200);
        assertThat(archived.json().get("status").asText()).isEqualTo("archived");
        assertThat(client.fynn("PUT", "/entitlement/features/api-access/status", "{\"status\":\"draft\"}").status()).isEqualTo(422);
        assertThat(client.fynn("PUT", "/entitlement/features/api-access/status", "{\"status\":\"gone\"}").status()).isEqualTo(422);
        assertThat(client.fynn("PUT", "/entitlement/features/api-access/status", "[]").status()).isEqualTo(400);
        assertThat(client.fynn("PUT", "/entitlement/features/nope/status", "{\"status\":\"active\"}").status()).isEqualTo(404);
    }

    private static List<String> ids(Answer answer) {
        return java.util.stream.StreamSupport.stream(answer.json().get("data").spliterator(), false)
                .map(j -> j.get("id").asText()).toList();
    }
}
