package app.switchboard.resilience.hostile;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.resilience.SandboxRig;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One genuine answer of every endpoint the typed APIs call, taken from the sandbox, to mutate into
 * hostile ones. Keys name the answer's shape.
 */
final class RealAnswers {
    static final String DER_PAGE = "der entity page";
    static final String DER_ENTITY = "der entity";
    static final String DER_FEATURES = "der features";
    static final String DER_SESSIONS = "der charge-session page";
    static final String FYNN_SUBSCRIPTIONS = "fynn subscription page";
    static final String FYNN_SUBSCRIPTION = "fynn subscription";
    static final String FYNN_CUSTOMERS = "fynn customer page";
    static final String FYNN_CUSTOMER = "fynn customer";
    static final String FYNN_ENTITLEMENTS = "fynn entitlement page";
    static final String FYNN_ENTITLEMENT = "fynn entitlement";
    static final String FYNN_FEATURES = "fynn feature page";
    static final String FYNN_FEATURE = "fynn feature";

    private RealAnswers() {
    }

    static Map<String, JsonNode> fetch() {
        ObjectMapper json = new ObjectMapper();
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(3)
                .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC)).build())) {
            Environment env = SandboxRig.environment("Templates", sandbox.baseUrl(), sandbox.clientId());
            InMemorySecretStore secrets = new InMemorySecretStore();
            SandboxRig.storeSecrets(secrets, env, sandbox);
            OkHttpClient ok = new OkHttpClient();
            String derToken = HttpDerConnectApi.forEnvironment(env, secrets, ok,
                    app.switchboard.client.ApiTuning.standard()).tokens().bearer();
            String der = sandbox.derApiUrl();
            String fynn = sandbox.fynnUrl();
            String fynnKey = sandbox.fynnApiKey();
            String capturing = sandbox.derStore().entities().stream()
                    .filter(e -> sandbox.derStore().capture(e.id()).enabled())
                    .findFirst().orElseThrow().id().toString();
            JsonNode page = get(ok, json, der + "/v1/entities?pageSize=2", derToken);
            String entityId = page.get("data").get(0).get("id").asText();
            answers.put(DER_PAGE, page);
            answers.put(DER_ENTITY, get(ok, json, der + "/v1/entities/" + entityId, derToken));
            answers.put(DER_FEATURES, get(ok, json, der + "/v1/entities/" + capturing + "/features", derToken));
            answers.put(DER_SESSIONS, get(ok, json, der + "/v1/entities/" + capturing
                    + "/charge-sessions?start=2020-01-01T00:00:00Z&pageSize=2", derToken));
            JsonNode subscriptions = get(ok, json, fynn + "/subscriptions?page=1&limit=2", fynnKey);
            String subscriptionId = subscriptions.get("data").get(0).get("id").asText();
            answers.put(FYNN_SUBSCRIPTIONS, subscriptions);
            answers.put(FYNN_SUBSCRIPTION, get(ok, json, fynn + "/subscriptions/" + subscriptionId, fynnKey));
            JsonNode customers = get(ok, json, fynn + "/customers?page=1&limit=2", fynnKey);
            answers.put(FYNN_CUSTOMERS, customers);
            answers.put(FYNN_CUSTOMER, get(ok, json, fynn + "/customers/"
                    + customers.get("data").get(0).get("id").asText(), fynnKey));
            JsonNode entitlements = get(ok, json, fynn + "/subscriptions/" + subscriptionId
                    + "/entitlements?includeExpired=true&page=1&limit=2", fynnKey);
            answers.put(FYNN_ENTITLEMENTS, entitlements);
            answers.put(FYNN_ENTITLEMENT, entitlements.get("data").get(0));
            JsonNode features = get(ok, json, fynn + "/entitlement/features?page=1&limit=2", fynnKey);
            answers.put(FYNN_FEATURES, features);
            answers.put(FYNN_FEATURE, get(ok, json, fynn + "/entitlement/features/"
                    + features.get("data").get(0).get("id").asText(), fynnKey));
            ok.dispatcher().executorService().shutdown();
            ok.connectionPool().evictAll();
        }
        // one page only, so that a mutated answer served for every request is fetched once
        answers.values().stream().filter(a -> a.has("meta") && a.get("meta").has("pagination"))
                .forEach(a -> ((com.fasterxml.jackson.databind.node.ObjectNode) a.get("meta").get("pagination"))
                        .put("lastPage", 1));
        return answers;
    }

    private static JsonNode get(OkHttpClient ok, ObjectMapper json, String url, String bearer) {
        Request request = new Request.Builder().url(url).header("Authorization", "Bearer " + bearer).build();
        try (Response response = ok.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException(url + " answered " + response.code());
            }
            return json.readTree(response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
