package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Item;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/** Fynn entitlements (list, add, switch) and the feature catalogue. */
final class FynnEntitlementRoutes {
    static final Set<String> FEATURE_STATUSES = Set.of("draft", "active", "archived");
    private static final String FEATURE_IRI = "/entitlement/features/";

    private final FynnStore store;
    private final Clock clock;
    private final SplittableRandom ids;

    FynnEntitlementRoutes(FynnStore store, Clock clock, long seed) {
        this.store = store;
        this.clock = clock;
        this.ids = new SplittableRandom(seed ^ 0xE7717L);
    }

    void register(Router router) {
        router.add("GET", "/subscriptions/{subscriptionId}/entitlements", this::subscriptionEntitlements)
                .add("POST", "/subscriptions/{subscriptionId}/entitlements", request -> store.subscription(request.pathParam("subscriptionId"))
                        .map(s -> create(request, store.item(s.itemIds().get(0)).orElseThrow())).orElseGet(FynnProblems::notFound))
                .add("GET", "/subscription-items/{subscriptionItemId}/entitlements", request -> store.item(request.pathParam("subscriptionItemId"))
                        .map(item -> page(request, store.entitlementsOfItem(item.id()))).orElseGet(FynnProblems::notFound))
                .add("POST", "/subscription-items/{subscriptionItemId}/entitlements", request -> store.item(request.pathParam("subscriptionItemId"))
                        .map(item -> create(request, item)).orElseGet(FynnProblems::notFound))
                .add("PUT", "/entitlements/{id}/status", this::switchEntitlement)
                .add("GET", "/entitlement/features", this::listFeatures)
                .add("GET", "/entitlement/features/{id}", request -> store.feature(request.pathParam("id"))
                        .map(f -> ApiResponse.json(200, FynnJson.detail(f, store.usage(f.id())))).orElseGet(FynnProblems::notFound))
                .add("PUT", "/entitlement/features/{id}/status", this::featureStatus);
    }

    private ApiResponse subscriptionEntitlements(ApiRequest request) {
        // an unknown status matches nothing; the contract declares no 400 for this list
        Optional<String> status = request.query("status");
        boolean includeExpired = request.query("includeExpired").map(v -> "true".equals(v) || "1".equals(v)).orElse(false);
        return store.subscription(request.pathParam("subscriptionId")).map(subscription -> {
            Instant now = clock.instant();
            if (status.isEmpty() && includeExpired) {
                // nothing to filter: only the page's own entitlements are looked up (a 10,000-row
                // listing would otherwise look up all of them for each of its 100 pages)
                return FynnPaging.page(request, store.entitlementIdsOfSubscription(subscription),
                        id -> FynnJson.entitlement(store.entitlement(id).orElseThrow(), store, now));
            }
            // asking for expired ones by status is asking to see them
            Predicate<String> wanted = status.<Predicate<String>>map(s -> s::equals)
                    .orElse(s -> includeExpired || !"expired".equals(s));
            List<Entitlement> result = store.entitlementsOfSubscription(subscription).stream()
                    .filter(e -> wanted.test(e.status(now))).toList();
            return page(request, result);
        }).orElseGet(FynnProblems::notFound);
    }

    private ApiResponse page(ApiRequest request, List<Entitlement> entitlements) {
        Instant now = clock.instant();
        return FynnPaging.page(request, entitlements, e -> FynnJson.entitlement(e, store, now));
    }

    private ApiResponse switchEntitlement(ApiRequest request) {
        String id = request.pathParam("id");
        if (store.entitlement(id).isEmpty()) {
            return FynnProblems.notFound();
        }
        JsonNode body = SandboxJson.readTree(request.body());
        if (body == null || !body.isObject()) {
            return FynnProblems.of(400, "Syntax error");
        }
        JsonNode active = body.get("active");
        if (active == null || active.isNull()) {
            return FynnProblems.violation("active", "This value should not be null.");
        }
        if (!active.isBoolean()) {
            return FynnProblems.of(400, "The type of the \"active\" attribute must be \"bool\", \""
                    + jsonType(active) + "\" given.");
        }
        Optional<String> refused = store.refusal(id);
        if (refused.isPresent()) {
            return FynnProblems.violation("active", refused.get());
        }
        Entitlement updated = store.setEnabled(id, active.booleanValue());
        return ApiResponse.json(200, FynnJson.entitlement(updated, store, clock.instant()));
    }

    /** Serialised so that two clients adding the same feature to one item cannot both succeed. */
    private synchronized ApiResponse create(ApiRequest request, Item item) {
        JsonNode body = SandboxJson.readTree(request.body());
        if (body == null || !body.isObject()) {
            return FynnProblems.of(400, "Syntax error");
        }
        JsonNode featureRef = body.get("feature");
        if (featureRef == null || featureRef.isNull()) {
            return FynnProblems.violation("feature", "This value should not be null.");
        }
        String ref = featureRef.asText();
        String featureId = ref.startsWith(FEATURE_IRI) ? ref.substring(FEATURE_IRI.length()) : ref;
        Optional<Feature> feature = store.feature(featureId);
        if (feature.isEmpty()) {
            return FynnProblems.of(400, "Item not found for \"" + ref + "\".");
        }
        if (!"active".equals(feature.get().status())) {
            return FynnProblems.violation("feature", "The feature must be in \"active\" state.");
        }
        if (store.entitlementsOfItem(item.id()).stream().anyMatch(e -> e.featureId().equals(featureId))) {
            return FynnProblems.violation("feature", "This feature is already assigned to the subscription item.");
        }
        JsonNode valueNode = body.get("value");
        if (valueNode != null && !valueNode.isNull() && !valueNode.isTextual()) {
            return FynnProblems.of(400, "The type of the \"value\" attribute must be \"string\", \"" + jsonType(valueNode) + "\" given.");
        }
        String value = valueNode == null || valueNode.isNull() ? null : valueNode.asText();
        Optional<String> valueProblem = FeatureValues.problem(feature.get(), value);
        if (valueProblem.isPresent()) {
            return FynnProblems.violation("value", valueProblem.get());
        }
        Instant from;
        Instant until;
        try {
            from = time(body.get("validFrom"));
            until = time(body.get("validUntil"));
        } catch (DateTimeException e) {
            return FynnProblems.of(400, "validFrom and validUntil must be ISO-8601 date-times.");
        }
        if (from != null && until != null && !until.isAfter(from)) {
            return FynnProblems.violation("validUntil", "The end of validity must be after its start.");
        }
        String id = SeedIds.uuid(ids).toString();
        Entitlement created = store.add(new Entitlement(id, item.id(), featureId, value, from, until, true));
        return ApiResponse.json(201, FynnJson.entitlement(created, store, clock.instant()));
    }

    private ApiResponse listFeatures(ApiRequest request) {
        List<Predicate<Feature>> filters = new ArrayList<>();
        List<String> idsWanted = request.queryAll("id");
        List<String> statuses = request.queryAll("status");
        List<String> types = request.queryAll("type");
        if (!idsWanted.isEmpty()) {
            filters.add(f -> idsWanted.contains(f.id()));
        }
        if (!statuses.isEmpty()) {
            filters.add(f -> statuses.contains(f.status()));
        }
        if (!types.isEmpty()) {
            filters.add(f -> types.contains(f.type()));
        }
        request.query("name").map(FynnRoutes::folded).ifPresent(n -> filters.add(f -> FynnRoutes.folded(f.name()).contains(n)));
        request.query("description").map(FynnRoutes::folded)
                .ifPresent(d -> filters.add(f -> FynnRoutes.folded(f.description()).contains(d)));
        List<Feature> result = store.features().stream().filter(f -> filters.stream().allMatch(p -> p.test(f))).toList();
        return FynnPaging.page(request, result, f -> f);
    }

    private ApiResponse featureStatus(ApiRequest request) {
        Optional<Feature> feature = store.feature(request.pathParam("id"));
        if (feature.isEmpty()) {
            return FynnProblems.notFound();
        }
        JsonNode body = SandboxJson.readTree(request.body());
        if (body == null || !body.isObject()) {
            return FynnProblems.of(400, "Syntax error");
        }
        JsonNode status = body.get("status");
        if (status == null || status.isNull()) {
            return FynnProblems.violation("status", "This value should not be null.");
        }
        if (!status.isTextual() || !FEATURE_STATUSES.contains(status.asText())) {
            return FynnProblems.violation("status", "The value you selected is not a valid choice.");
        }
        if ("draft".equals(status.asText()) && !"draft".equals(feature.get().status())) {
            return FynnProblems.violation("status", "A published feature can not go back to draft.");
        }
        return ApiResponse.json(200, store.setFeatureStatus(feature.get().id(), status.asText()));
    }

    private static Instant time(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new DateTimeException("not a string");
        }
        return OffsetDateTime.parse(node.asText()).toInstant();
    }

    private static String jsonType(JsonNode node) {
        if (node.isTextual()) {
            return "string";
        }
        if (node.isIntegralNumber()) {
            return "int";
        }
        if (node.isNumber()) {
            return "float";
        }
        return node.isArray() || node.isObject() ? "array" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
