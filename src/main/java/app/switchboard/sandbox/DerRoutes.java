package app.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** DER Connect: the client-credentials token endpoint and the {@code /v1} entity operations. */
final class DerRoutes {
    static final String TOKEN_PATH = "/am/oauth2/realms/root/realms/difesp/access_token";
    private static final int MAX_PAGE_SIZE = 500;

    record TokenResponse(String access_token, String token_type, long expires_in, String scope) {
    }

    record Links(String next) {
    }

    record Meta(String continuationToken, int pageSize) {
    }

    record Page<T>(List<T> data, Links links, Meta meta) {
    }

    record FeatureStatus(String feature, boolean isEnabled) {
    }

    record OnboardingInformation(String type, String brand, String identifier, String name) {
    }

    record OnboardedEntity(UUID id, String type, OnboardingInformation information) {
    }

    record OnboardingData(OnboardedEntity entity) {
    }

    /** As the documented "Retrieve Entity Onboarding Requests" shows one, with the parts the console reads. */
    record OnboardingRequest(UUID id, Instant created, String requestType, String status, OnboardingData data) {
    }

    private final DerStore store;
    private final DerTokens tokens;
    private final Clock clock;
    private final String clientId;
    private final String clientSecret;
    private final String apiUrl;
    private final Router router = new Router(
            request -> DerErrors.of(404, "NotFound", "The requested resource does not exist.", "No operation at " + request.path() + "."),
            (request, allowed) -> DerErrors.of(405, "MethodNotAllowed", "The method is not allowed here.", "Use " + allowed + "."));

    DerRoutes(DerStore store, DerTokens tokens, Clock clock, String clientId, String clientSecret, String apiUrl) {
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.apiUrl = apiUrl;
        router.add("GET", "/v1/entities", this::listEntities)
                .add("GET", "/v1/entities/{entityId}", request -> withEntity(request, entity -> ApiResponse.json(200, entity)))
                .add("GET", "/v1/entities/{entityId}/features", request -> withEntity(request, entity -> ApiResponse.json(200, features(entity))))
                .add("PATCH", "/v1/entities/{entityId}/features", this::patchFeature)
                .add("GET", "/v1/entities/{entityId}/charge-sessions", this::chargeSessions)
                .add("GET", "/v1/onboarding/entities", this::onboardingRequests);
    }

    ApiResponse token(ApiRequest request) {
        if (!"POST".equals(request.method())) {
            return DerErrors.oauth(405, "invalid_request", "Use POST.").withHeader("Allow", "POST");
        }
        String contentType = request.header("Content-Type").orElse("");
        if (!contentType.startsWith("application/x-www-form-urlencoded")) {
            return DerErrors.oauth(400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
        }
        Map<String, List<String>> form = ApiRequest.parseForm(request.bodyText());
        String grant = first(form, "grant_type");
        if (grant == null) {
            return DerErrors.oauth(400, "invalid_request", "Missing grant_type");
        }
        if (!"client_credentials".equals(grant)) {
            return DerErrors.oauth(400, "unsupported_grant_type", "Only client_credentials is supported.");
        }
        if (!clientId.equals(first(form, "client_id")) || !clientSecret.equals(first(form, "client_secret"))) {
            return DerErrors.oauth(401, "invalid_client", "Client authentication failed");
        }
        String scope = Optional.ofNullable(first(form, "scope")).orElse("esp");
        return ApiResponse.json(200, new TokenResponse(tokens.issue(clientId), "Bearer", tokens.lifetimeSeconds(), scope))
                .withHeader("Cache-Control", "no-store");
    }

    /** Serves only what der-connect.yaml marks as documented; the inferred reads answer 404 as a missing route does. */
    void documentedOnly() {
        router.limitTo(Provenance.of("der-connect.yaml")::documents, request -> DerErrors.of(404, "NotFound",
                "The requested resource does not exist.", "No operation at " + request.path() + "."));
    }

    ApiResponse api(ApiRequest request, String relativePath) {
        String auth = request.header("Authorization").orElse("");
        if (!auth.startsWith("Bearer ") || !tokens.isValid(auth.substring(7).trim())) {
            // like the platform's JWT middleware: no body, the reason is in WWW-Authenticate
            String reason = auth.startsWith("Bearer ") ? "The access token is invalid or expired" : "No bearer token was sent";
            return ApiResponse.bytes(401, "application/json", new byte[0])
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"");
        }
        return router.dispatch(request, relativePath);
    }

    private ApiResponse listEntities(ApiRequest request) {
        List<DerEntity> all = store.entities();
        return paged(request, "entities", all, "/v1/entities", "");
    }

    /** Every entity came in through an entity onboarding request that succeeded, in the order they were created. */
    private ApiResponse onboardingRequests(ApiRequest request) {
        List<OnboardingRequest> all = store.entities().stream().map(e -> new OnboardingRequest(
                UUID.nameUUIDFromBytes(("onboarding:" + e.id()).getBytes(StandardCharsets.UTF_8)), e.created(), "Entity",
                "Succeeded", new OnboardingData(new OnboardedEntity(e.id(), e.type(),
                new OnboardingInformation(e.type(), e.brand(), e.identifier(), e.name()))))).toList();
        return paged(request, "onboarding", all, "/v1/onboarding/entities", "");
    }

    private <T> ApiResponse paged(ApiRequest request, String kind, List<T> all, String path, String extraQuery) {
        int pageSize;
        int offset;
        try {
            pageSize = Math.min(MAX_PAGE_SIZE, request.query("pageSize").map(Integer::parseInt).orElse(25));
            offset = request.query("continuationToken").map(token -> decodeToken(kind, token)).orElse(0);
        } catch (IllegalArgumentException e) {
            return DerErrors.validation(e instanceof NumberFormatException ? "'pageSize' must be an integer." : e.getMessage());
        }
        if (pageSize < 1) {
            return DerErrors.validation("'pageSize' must be at least 1.");
        }
        int end = Math.min(all.size(), offset + pageSize);
        List<T> data = offset >= all.size() ? List.of() : all.subList(offset, end);
        String next = end < all.size() ? encodeToken(kind, end) : null;
        Links links = new Links(next == null ? null
                : apiUrl + path + "?pageSize=" + pageSize + extraQuery + "&continuationToken=" + next);
        return ApiResponse.json(200, new Page<>(List.copyOf(data), links, new Meta(next, pageSize)));
    }

    private ApiResponse withEntity(ApiRequest request, Function<DerEntity, ApiResponse> action) {
        String raw = request.pathParam("entityId");
        UUID id;
        try {
            id = UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return DerErrors.validation("'entityId' must be a UUID.");
        }
        return store.entity(id).map(action).orElseGet(() -> DerErrors.notFound("Entity " + raw));
    }

    private List<FeatureStatus> features(DerEntity entity) {
        if (!entity.canCaptureChargeSessions()) {
            return List.of();
        }
        return List.of(new FeatureStatus(ChargeCapture.FEATURE, store.capture(entity.id()).enabled()));
    }

    private ApiResponse patchFeature(ApiRequest request) {
        JsonNode body = SandboxJson.readTree(request.body());
        if (body == null || !body.isObject()) {
            return DerErrors.validation("The request body must be a JSON object with 'feature' and 'enabled'.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"feature".equals(name) && !"enabled".equals(name)) {
                return DerErrors.validation("'" + name + "' is not allowed; only 'feature' and 'enabled' may be sent.");
            }
        }
        JsonNode feature = body.get("feature");
        if (feature == null || !feature.isTextual() || feature.asText().isEmpty()) {
            return DerErrors.validation("'feature' is required and must be a non-empty string.");
        }
        JsonNode enabled = body.get("enabled");
        if (enabled == null || !enabled.isBoolean()) {
            return DerErrors.validation("'enabled' is required and must be a boolean.");
        }
        return withEntity(request, entity -> applyFeature(entity, feature.asText(), enabled.booleanValue()));
    }

    private ApiResponse applyFeature(DerEntity entity, String feature, boolean enabled) {
        if (!ChargeCapture.FEATURE.equals(feature)) {
            return DerErrors.of(400, "FeatureNotFound", "The feature does not exist.", "Unknown feature '" + feature + "'.");
        }
        String refusal = "The feature cannot be enabled for this Entity.";
        if (!entity.canCaptureChargeSessions()) {
            return DerErrors.of(400, "FeatureNotSupported", refusal, ChargeCapture.FEATURE
                    + " is only available for entities of type EV or ChargePoint; this entity is a " + entity.type() + ".");
        }
        if (enabled && entity.lacksBatteryCapacity()) {
            return DerErrors.of(400, "FeatureNotSupported", refusal,
                    "Battery capacity must be set before " + ChargeCapture.FEATURE + " can be enabled.");
        }
        if (enabled && DerSeed.UNSUPPORTED_BRAND.equals(entity.brand())) {
            return DerErrors.of(400, "FeatureNotSupported", refusal,
                    "The manufacturer " + entity.brand() + " does not support " + ChargeCapture.FEATURE + ".");
        }
        store.setCapture(entity.id(), enabled, clock.instant());
        return ApiResponse.json(200, features(entity));
    }

    private ApiResponse chargeSessions(ApiRequest request) {
        Instant start;
        Instant end;
        try {
            start = request.query("start").map(DerRoutes::parseTime).orElse(null);
            end = request.query("end").map(DerRoutes::parseTime).orElse(null);
        } catch (DateTimeException e) {
            return DerErrors.validation("'start' and 'end' must be valid ISO-8601 date-times.");
        }
        if (start == null) {
            return DerErrors.validation("'start' is required.");
        }
        if (end != null && end.isBefore(start)) {
            return DerErrors.validation("'end' must not be before 'start'.");
        }
        return withEntity(request, entity -> {
            if (!entity.canCaptureChargeSessions()) {
                return DerErrors.of(400, "FeatureNotSupported", "Charge sessions are not available for this Entity.",
                        "Charge sessions exist only for entities of type EV or ChargePoint.");
            }
            ChargeCapture capture = store.capture(entity.id());
            if (!capture.enabled()) {
                return DerErrors.of(400, "FeatureNotEnabled", "Charge sessions are not captured for this Entity.",
                        ChargeCapture.FEATURE + " is not enabled for this entity; enable it to capture charge sessions.");
            }
            List<ChargeSessions.ChargingRecord> records = ChargeSessions.between(entity, capture, start, end, clock.instant());
            String query = "&start=" + request.query("start").orElseThrow() + request.query("end").map(e -> "&end=" + e).orElse("");
            return paged(request, "sessions", records, "/v1/entities/" + entity.id() + "/charge-sessions",
                    query.replace("+", "%2B"));
        });
    }

    private static Instant parseTime(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }

    private static String encodeToken(String kind, int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((kind + ":" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decodeToken(String kind, String token) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                int offset = Integer.parseInt(text.substring(kind.length() + 1));
                if (offset >= 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one message a caller needs
        }
        throw new IllegalArgumentException("'continuationToken' is not a token this API issued.");
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> values = form.get(key);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
