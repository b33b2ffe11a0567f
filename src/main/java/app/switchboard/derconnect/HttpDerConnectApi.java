package app.switchboard.derconnect;

import app.switchboard.client.ApiCaller;
import app.switchboard.client.ApiRequest;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.CallScope;
import app.switchboard.client.ClientCredentialsTokens;
import app.switchboard.client.ContinuationPages;
import app.switchboard.client.ErrorWords;
import app.switchboard.client.Ids;
import app.switchboard.client.PagingStop;
import app.switchboard.client.Json;
import app.switchboard.client.SharedHttp;
import app.switchboard.contract.ContractPaths;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.SecretStore;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;

/** {@link DerConnectApi} over HTTP, signed in with OAuth client credentials. */
public final class HttpDerConnectApi implements DerConnectApi {
    /** The project's copy of the contract: a diagnostic report names a failed request by its operation. */
    private static final ContractPaths CONTRACT = ContractPaths.of(ContractPaths.DER_CONNECT);
    public static final String API_NAME = "DER Connect";
    public static final String SIGN_IN_NAME = "DER Connect sign-in";
    /** The largest answer read from DER Connect: a page of entities is well under 1 MB (docs/RELIABILITY.md). */
    public static final long MAX_BODY_BYTES = 8L << 20;
    /** The largest answer read from the token endpoint, whose answer is a few hundred bytes. */
    public static final long MAX_TOKEN_BODY_BYTES = 1L << 20;

    /** DER Connect's envelope {@code {"errors":[{code, description, message}]}}: message, else description, else code. */
    static final ErrorWords ERROR_WORDS = HttpDerConnectApi::readErrors;
    private static final ObjectMapper ERROR_MAPPER = Json.newMapper();

    private final ApiCaller caller;
    private final ClientCredentialsTokens tokens;
    private final JavaType featureList;

    HttpDerConnectApi(ApiCaller caller, ClientCredentialsTokens tokens) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.tokens = tokens;
        this.featureList = caller.mapper().getTypeFactory().constructCollectionType(List.class, EntityFeatureStatus.class);
    }

    /** The API of {@code environment}, with the client secret read from {@code secrets} when a token is needed. */
    public static HttpDerConnectApi forEnvironment(Environment environment, SecretStore secrets, SharedHttp http) {
        return forEnvironment(environment, secrets, http.okHttp(), http.tuning());
    }

    public static HttpDerConnectApi forEnvironment(Environment environment, SecretStore secrets, OkHttpClient okHttp,
                                                   ApiTuning tuning) {
        ApiCaller tokenEndpoint = ApiCaller.builder(okHttp, SIGN_IN_NAME).tuning(tuning)
                .errorWords(ErrorWords.OAUTH).maxBodyBytes(MAX_TOKEN_BODY_BYTES).contract(CONTRACT)
                .hiding(() -> secrets.get(environment.derSecretKey()).map(List::of).orElse(List.of())).build();
        ClientCredentialsTokens tokens = new ClientCredentialsTokens(tokenEndpoint, environment.derTokenUrl(),
                environment.derClientId(), environment.derScope(), () -> secrets.get(environment.derSecretKey()),
                tuning.clock());
        ApiCaller caller = ApiCaller.builder(okHttp, API_NAME).tuning(tuning).baseUrl(environment.derApiUrl())
                .maxBodyBytes(MAX_BODY_BYTES).bearer(tokens).errorWords(ERROR_WORDS).contract(CONTRACT).build();
        return new HttpDerConnectApi(caller, tokens);
    }

    /** The token source, so that diagnostics can tell how many tokens were fetched. */
    public ClientCredentialsTokens tokens() {
        return tokens;
    }

    @Override
    public Stream<Entity> entities() {
        return entities(stop -> { });
    }

    @Override
    public Stream<Entity> entities(Consumer<PagingStop> onStop) {
        return ContinuationPages.stream(token -> {
            EntityPage page = entitiesPage(token, DEFAULT_PAGE_SIZE);
            return new ContinuationPages.Page<>(page.data(), page.nextToken());
        }, new Ids<>(API_NAME, Entity::id), onStop);
    }

    @Override
    public Stream<OnboardingRequest> onboardingRequests(Consumer<PagingStop> onStop) {
        return ContinuationPages.stream(token -> {
            OnboardingRequestPage page = caller.send(ApiRequest.get("v1", "onboarding", "entities")
                    .query("continuationToken", token), OnboardingRequestPage.class);
            return new ContinuationPages.Page<>(page.data(), page.nextToken());
        }, new Ids<>(API_NAME, OnboardingRequest::id), onStop);
    }

    @Override
    public EntityPage entitiesPage(String continuationToken, int pageSize) {
        return caller.send(ApiRequest.get("v1", "entities").query("pageSize", pageSize)
                .query("continuationToken", continuationToken), EntityPage.class);
    }

    @Override
    public Entity entity(String entityId) {
        return caller.sendFor(entityId, Entity::id, ApiRequest.get("v1", "entities", required(entityId)), Entity.class);
    }

    @Override
    public List<EntityFeatureStatus> features(String entityId) {
        return caller.send(ApiRequest.get("v1", "entities", required(entityId), "features"), featureList);
    }

    @Override
    public List<EntityFeatureStatus> setFeature(String entityId, String feature, boolean enabled) {
        if (!KNOWN_FEATURES.contains(Objects.requireNonNull(feature, "feature"))) {
            throw new IllegalArgumentException("DER Connect documents only " + String.join(", ", KNOWN_FEATURES)
                    + "; Switchboard does not send the feature '" + feature + "'");
        }
        FeatureActivation body = new FeatureActivation(feature, enabled);
        return caller.send(ApiRequest.setState("PATCH", body, "v1", "entities", required(entityId), "features"),
                featureList);
    }

    @Override
    public Stream<ChargingRecord> chargeSessions(String entityId, OffsetDateTime start, OffsetDateTime end) {
        Objects.requireNonNull(start, "start");
        String id = required(entityId);
        return ContinuationPages.stream(token -> {
            ChargingRecordPage page = caller.send(ApiRequest.get("v1", "entities", id, "charge-sessions")
                    .query("start", isoSeconds(start)).query("end", end == null ? null : isoSeconds(end))
                    .query("pageSize", DEFAULT_PAGE_SIZE).query("continuationToken", token), ChargingRecordPage.class);
            return new ContinuationPages.Page<>(page.data(), page.nextToken());
        }, new Ids<>(API_NAME, ChargingRecord::id), stop -> { });
    }

    @Override
    public DerConnectApi within(CallScope scope) {
        return new HttpDerConnectApi(caller.within(scope), tokens);
    }

    /** Always with seconds and in UTC: {@code OffsetDateTime.toString()} drops ":00" seconds, which the API may refuse. */
    static String isoSeconds(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String required(String entityId) {
        if (entityId == null || entityId.isBlank()) {
            throw new IllegalArgumentException("An entity id is required");
        }
        return entityId;
    }

    private static List<String> readErrors(JsonNode body) {
        if (!body.has("errors")) {
            return List.of();
        }
        ConnectApiErrorResult result = ERROR_MAPPER.convertValue(body, ConnectApiErrorResult.class);
        return result.errors() == null ? List.of() : result.errors().stream().filter(Objects::nonNull)
                .map(e -> firstPresent(e.message(), e.description(), e.code())).filter(s -> !s.isBlank()).toList();
    }

    private static String firstPresent(String... texts) {
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "";
    }
}
