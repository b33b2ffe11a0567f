package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Customer;
import app.switchboard.sandbox.FynnModel.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/** Fynn: API-key auth, subscriptions, customers and subscription items; entitlements live in {@link FynnEntitlementRoutes}. */
final class FynnRoutes {
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Map<String, Function<Subscription, Instant>> SORT_KEYS = Map.of(
            "createdAt", Subscription::createdAt, "activatedAt", Subscription::activatedAt,
            "trialEndsOn", Subscription::trialEndsOn, "contractDetails.contractEnd", Subscription::contractEnd);

    private final FynnStore store;
    private final String apiKey;
    private final String readOnlyKey;
    private volatile FynnErrorShape errors = FynnErrorShape.PROBLEM_JSON;
    private final Router router = new Router(request -> FynnProblems.notFound(),
            (request, allowed) -> FynnProblems.of(405, "No route found for \"" + request.method() + " " + request.path()
                    + "\": Method Not Allowed (Allow: " + allowed + ")"));

    FynnRoutes(FynnStore store, FynnEntitlementRoutes entitlementRoutes, String apiKey, String readOnlyKey) {
        this.store = store;
        this.apiKey = apiKey;
        this.readOnlyKey = readOnlyKey;
        router.add("GET", "/subscriptions", this::listSubscriptions)
                .add("GET", "/subscriptions/{id}", request -> store.subscription(request.pathParam("id"))
                        .map(s -> ApiResponse.json(200, FynnJson.subscription(s, store))).orElseGet(FynnProblems::notFound))
                .add("GET", "/customers", this::listCustomers)
                .add("GET", "/customers/{id}", request -> findCustomer(request.pathParam("id"))
                        .map(c -> ApiResponse.json(200, FynnJson.customer(c))).orElseGet(FynnProblems::notFound))
                .add("GET", "/subscription-items/{id}", request -> store.item(request.pathParam("id"))
                        .map(i -> ApiResponse.json(200, FynnJson.item(i))).orElseGet(FynnProblems::notFound));
        entitlementRoutes.register(router);
    }

    /** Serves only what fynn.yaml marks as documented; anything else answers 405, as API Platform does for an unknown operation. */
    void documentedOnly() {
        router.limitTo(Provenance.of("fynn.yaml")::documents, request -> FynnProblems.of(405,
                "No route found for \"" + request.method() + " " + request.path() + "\": Method Not Allowed"));
    }

    void errorShape(FynnErrorShape shape) {
        this.errors = java.util.Objects.requireNonNull(shape, "shape");
    }

    FynnErrorShape errorShape() {
        return errors;
    }

    ApiResponse api(ApiRequest request, String relativePath) {
        return FynnProblems.shaped(answer(request, relativePath), errors);
    }

    private ApiResponse answer(ApiRequest request, String relativePath) {
        String auth = request.header("Authorization").orElse("");
        String key = auth.startsWith("Bearer ") ? auth.substring(7).trim() : "";
        boolean full = apiKey.equals(key);
        // the contract declares 401 and 403 without a body; the reason travels in headers
        if (!full && !readOnlyKey.equals(key)) {
            String reason = key.isEmpty() ? "No API key was sent" : "The API key is invalid, expired or revoked";
            return ApiResponse.bytes(401, FynnProblems.PROBLEM_JSON, new byte[0])
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"");
        }
        if (!full && WRITES.contains(request.method())) {
            return ApiResponse.bytes(403, FynnProblems.PROBLEM_JSON, new byte[0])
                    .withHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\", error_description=\"This API key may only read\"");
        }
        return router.dispatch(request, relativePath);
    }

    private ApiResponse listSubscriptions(ApiRequest request) {
        // an unknown status matches nothing, as API Platform's search filter does
        List<Predicate<Subscription>> filters = new ArrayList<>();
        request.query("status").ifPresent(s -> filters.add(sub -> sub.status().equals(s)));
        request.query("id").ifPresent(id -> filters.add(sub -> sub.id().equals(id)));
        request.query("number").ifPresent(n -> filters.add(sub -> sub.number().equals(n)));
        request.query("customer").ifPresent(c -> filters.add(sub -> sub.customerId().equals(c)));
        request.query("search").filter(s -> !s.isBlank()).map(FynnRoutes::folded).ifPresent(term ->
                filters.add(sub -> matchesSearch(sub, term)));
        List<Subscription> result = new ArrayList<>();
        for (Subscription subscription : store.subscriptions()) {
            if (filters.stream().allMatch(f -> f.test(subscription))) {
                result.add(subscription);
            }
        }
        Comparator<Subscription> order = ordering(request);
        if (order != null) {
            result.sort(order);
        }
        return FynnPaging.page(request, result, s -> FynnJson.subscription(s, store));
    }

    private boolean matchesSearch(Subscription subscription, String term) {
        if (folded(subscription.number()).contains(term)) {
            return true;
        }
        return store.customer(subscription.customerId())
                .map(c -> store.searchText(c).contains(term)).orElse(false);
    }

    private Comparator<Subscription> ordering(ApiRequest request) {
        Comparator<Subscription> order = null;
        for (Map.Entry<String, Function<Subscription, Instant>> key : SORT_KEYS.entrySet()) {
            Optional<String> direction = request.query("order[" + key.getKey() + "]");
            if (direction.isPresent()) {
                Comparator<Subscription> c = Comparator.comparing(key.getValue(), Comparator.nullsLast(Comparator.naturalOrder()));
                order = "desc".equalsIgnoreCase(direction.get()) ? c.reversed() : c;
            }
        }
        Optional<String> byStatus = request.query("order[status]");
        if (byStatus.isPresent()) {
            Comparator<Subscription> c = Comparator.comparing(Subscription::status);
            order = "desc".equalsIgnoreCase(byStatus.get()) ? c.reversed() : c;
        }
        return order;
    }

    private ApiResponse listCustomers(ApiRequest request) {
        List<Predicate<Customer>> filters = new ArrayList<>();
        request.query("customerNumber").ifPresent(n -> filters.add(c -> c.customerNumber().equals(n)));
        request.query("firstName").map(FynnRoutes::folded).ifPresent(n -> filters.add(c -> folded(c.firstName()).contains(n)));
        request.query("lastName").map(FynnRoutes::folded).ifPresent(n -> filters.add(c -> folded(c.lastName()).contains(n)));
        request.query("companyName").map(FynnRoutes::folded).ifPresent(n -> filters.add(c -> folded(c.companyName()).contains(n)));
        request.query("emailAddresses.email").map(FynnRoutes::folded).ifPresent(n -> filters.add(c -> folded(c.email()).contains(n)));
        request.query("vatId").ifPresent(v -> filters.add(c -> v.equals(c.vatId())));
        request.query("isVatIdValid").map(Boolean::parseBoolean).ifPresent(v -> filters.add(c -> (c.vatId() != null) == v));
        request.query("search").filter(s -> !s.isBlank()).map(FynnRoutes::folded)
                .ifPresent(term -> filters.add(c -> store.searchText(c).contains(term)));
        List<Customer> result = store.customers().stream().filter(c -> filters.stream().allMatch(f -> f.test(c))).toList();
        return FynnPaging.page(request, result, FynnJson::customer);
    }

    /** The customer by id, or by customer number as the external id. */
    private Optional<Customer> findCustomer(String id) {
        return store.customer(id).or(() -> store.customers().stream().filter(c -> c.customerNumber().equals(id)).findFirst());
    }

    static String folded(String text) {
        return SearchText.fold(text);
    }
}
