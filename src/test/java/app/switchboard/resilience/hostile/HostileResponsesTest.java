package app.switchboard.resilience.hostile;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.ApiTuning;
import app.switchboard.client.PageListener;
import app.switchboard.client.RetryPolicy;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.resilience.Figures;
import app.switchboard.testsupport.FakeServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every method of both typed APIs against answers a broken or hostile server might send: genuine
 * answers with each field nulled, retyped, removed or given an unknown value, plus empty, HTML,
 * invalid UTF-8, 10 MB, deeply nested and truncated bodies, and paging that never ends. Each case
 * must end in data or a classified {@link ApiException}, in bounded time.
 */
class HostileResponsesTest {
    private static final String TOKEN_PATH = "/am/oauth2/realms/root/realms/difesp/access_token";
    private static final String TOKEN = "{\"access_token\":\"tok-hostile\",\"token_type\":\"Bearer\",\"expires_in\":3600}";
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, JsonNode> real;
    private static MockWebServer server;
    private static SharedHttp http;
    private static DerConnectApi der;
    private static FynnApi fynn;
    private static volatile Function<RecordedRequest, MockResponse> answer;

    /** One API method, called as the application calls it, and the genuine answer it expects. */
    private record Method(String name, String template, Function<HostileResponsesTest, Object> call) {
    }

    private record Case(String method, String description, Function<RecordedRequest, MockResponse> answer) {
    }

    @BeforeAll
    static void start() {
        real = RealAnswers.fetch();
        server = new MockWebServer();
        server.setServerSocketFactory(new NoDelaySockets());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest r) {
                return r.getUrl().encodedPath().equals(TOKEN_PATH) ? FakeServer.json(200, TOKEN) : answer.apply(r);
            }
        });
        try {
            server.start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String base = "http://127.0.0.1:" + server.getPort();
        Environment env = new Environment("Hostile", "#000", RiskLevel.TEST, base + "/der", base + TOKEN_PATH,
                "client", "esp", base + "/fynn", false);
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(env.derSecretKey(), "hostile-secret-value");
        secrets.put(env.fynnKeyKey(), "hostile-fynn-key");
        http = new SharedHttp(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(20));
        ApiTuning tuning = ApiTuning.standard().withRetry(RetryPolicy.none());
        der = HttpDerConnectApi.forEnvironment(env, secrets, http.okHttp(), tuning);
        fynn = HttpFynnApi.forEnvironment(env, secrets, http.okHttp(), http.executor(), tuning);
    }

    @AfterAll
    static void stop() {
        http.close();
        server.close();
    }

    private static List<Method> methods() {
        String id = "0b7f5a4e-1c2d-4e3f-8a9b-0c1d2e3f4a5b";
        OffsetDateTime from = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        return List.of(
                new Method("DerConnectApi.entities", RealAnswers.DER_PAGE, t -> der.entities().toList()),
                new Method("DerConnectApi.entitiesPage", RealAnswers.DER_PAGE, t -> der.entitiesPage(null, 2)),
                new Method("DerConnectApi.entity", RealAnswers.DER_ENTITY, t -> der.entity(id)),
                new Method("DerConnectApi.features", RealAnswers.DER_FEATURES, t -> der.features(id)),
                new Method("DerConnectApi.setFeature", RealAnswers.DER_FEATURES,
                        t -> der.setFeature(id, DerConnectApi.CAPTURE_CHARGE_SESSIONS, true)),
                new Method("DerConnectApi.chargeSessions", RealAnswers.DER_SESSIONS,
                        t -> der.chargeSessions(id, from, null).toList()),
                new Method("FynnApi.subscriptions", RealAnswers.FYNN_SUBSCRIPTIONS, t -> fynn.subscriptions(null, 1, 2)),
                new Method("FynnApi.allSubscriptions", RealAnswers.FYNN_SUBSCRIPTIONS,
                        t -> fynn.allSubscriptions(null, PageListener.ignore())),
                new Method("FynnApi.subscription", RealAnswers.FYNN_SUBSCRIPTION, t -> fynn.subscription("s1")),
                new Method("FynnApi.customers", RealAnswers.FYNN_CUSTOMERS, t -> fynn.customers(null, 1, 2)),
                new Method("FynnApi.customer", RealAnswers.FYNN_CUSTOMER, t -> fynn.customer("c1")),
                new Method("FynnApi.entitlements", RealAnswers.FYNN_ENTITLEMENTS, t -> fynn.entitlements("s1", null, true)),
                new Method("FynnApi.entitlements+listener", RealAnswers.FYNN_ENTITLEMENTS,
                        t -> fynn.entitlements("s1", null, false, PageListener.ignore())),
                new Method("FynnApi.itemEntitlements", RealAnswers.FYNN_ENTITLEMENTS, t -> fynn.itemEntitlements("i1")),
                new Method("FynnApi.setEntitlementActive", RealAnswers.FYNN_ENTITLEMENT,
                        t -> fynn.setEntitlementActive("e1", false)),
                new Method("FynnApi.features", RealAnswers.FYNN_FEATURES, t -> fynn.features()),
                new Method("FynnApi.feature", RealAnswers.FYNN_FEATURE, t -> fynn.feature("f1")));
    }

    @Test
    void everyMethodEndsInDataOrAClassifiedErrorForEveryHostileAnswer() {
        List<Case> cases = new ArrayList<>();
        java.util.Set<String> mutated = new java.util.HashSet<>();
        for (Method m : methods()) {
            JsonNode template = real.get(m.template());
            // field by field once per answer shape; methods sharing a shape read it with the same code
            boolean firstOfShape = mutated.add(m.template());
            generic(m, template, firstOfShape, cases);
            paging(m, template, cases);
            List<Mutations.Variant> variants = firstOfShape ? Mutations.of(template) : List.of();
            for (Mutations.Variant v : variants) {
                cases.add(new Case(m.name(), v.description(), r -> FakeServer.json(200, v.document().toString())));
            }
        }
        Map<String, Method> byName = new java.util.HashMap<>();
        methods().forEach(m -> byName.put(m.name(), m));

        Map<ApiErrorKind, AtomicInteger> errors = new EnumMap<>(ApiErrorKind.class);
        AtomicInteger data = new AtomicInteger();
        List<String> wrong = new ArrayList<>();
        long began = System.nanoTime();
        for (Case c : cases) {
            answer = c.answer();
            Object result;
            try {
                result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> byName.get(c.method()).call().apply(this),
                        () -> c.method() + " / " + c.description() + " did not end");
                assertThat(result).isNotNull();
                data.incrementAndGet();
            } catch (ApiException e) {
                errors.computeIfAbsent(e.kind(), k -> new AtomicInteger()).incrementAndGet();
                assertThat(e.getMessage()).isNotBlank();
            } catch (RuntimeException | org.opentest4j.AssertionFailedError e) {
                wrong.add(c.method() + " / " + c.description() + ": " + e);
            }
        }
        new Figures("hostile-responses")
                .put("cases", cases.size())
                .put("methods", byName.size())
                .put("ended in data", data.get())
                .put("ended in a classified error", errors)
                .put("other exceptions", wrong.size())
                .put("seconds", (System.nanoTime() - began) / 1_000_000_000)
                .publish();
        wrong.forEach(System.out::println);
        assertThat(wrong).as("cases that ended in something other than data or an ApiException").isEmpty();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        assertThat(byName).hasSize(17);
    }

    /** Answers whose whole body is wrong, the same for every method. */
    private static void generic(Method m, JsonNode template, boolean firstOfShape, List<Case> cases) {
        String name = m.name();
        String text = template.toString();
        cases.add(new Case(name, "empty 200", r -> FakeServer.json(200, "")));
        cases.add(new Case(name, "204 no content", r -> new MockResponse.Builder().code(204).build()));
        for (String body : List.of("null", "[]", "{}", "\"text\"", "42", "true", "[null]", "{\"data\":null}",
                "{\"data\":[null]}", "{\"data\":\"all\"}", "{\"meta\":{\"pagination\":null}}")) {
            cases.add(new Case(name, "body " + body, r -> FakeServer.json(200, body)));
        }
        cases.add(new Case(name, "HTML page", r -> FakeServer.text(200, "text/html",
                "<!DOCTYPE html><html><body><h1>Welcome</h1><p>Sign in</p></body></html>")));
        cases.add(new Case(name, "genuine JSON labelled text/html", r -> FakeServer.text(200, "text/html", text)));
        cases.add(new Case(name, "invalid UTF-8", r -> bytes(invalidUtf8(text))));
        cases.add(new Case(name, "UTF-8 byte order mark", r -> FakeServer.json(200, "\uFEFF" + text)));
        cases.add(new Case(name, "truncated", r -> FakeServer.json(200, text.substring(0, text.length() / 2))));
        cases.add(new Case(name, "trailing garbage", r -> FakeServer.json(200, text + "}}]]garbage")));
        cases.add(new Case(name, "array nested 100,000 deep", r -> FakeServer.json(200, "[".repeat(100_000) + "]".repeat(100_000))));
        cases.add(new Case(name, "object nested 5,000 deep", r -> FakeServer.json(200,
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000))));
        cases.add(new Case(name, "10 MB body", r -> FakeServer.json(200, padded(template, TEN_MB))));
        if (firstOfShape) {
            cases.add(new Case(name, "10 MB of whitespace", r -> FakeServer.json(200, " ".repeat(TEN_MB) + text)));
            cases.add(new Case(name, "every text field 100 KB", r -> FakeServer.json(200, everyText(template, "x".repeat(100_000)))));
        }
        cases.add(new Case(name, "every number absurd", r -> FakeServer.json(200,
                text.replaceAll("(?<=[:\\[,])-?\\d+(\\.\\d+)?(?=[,}\\]])", "1e400"))));
        cases.add(new Case(name, "every number overflowing", r -> FakeServer.json(200,
                text.replaceAll("(?<=[:\\[,])-?\\d+(\\.\\d+)?(?=[,}\\]])", "99999999999999999999999999"))));
    }

    /** Paging that lies: tokens repeated forever or never ending, Fynn announcing absurd page counts. */
    private static void paging(Method m, JsonNode template, List<Case> cases) {
        if (template.has("meta") && template.get("meta").has("continuationToken")) {
            cases.add(new Case(m.name(), "continuation token repeated forever",
                    r -> FakeServer.json(200, withToken(template, "same-token-again", false))));
            AtomicInteger fresh = new AtomicInteger();
            cases.add(new Case(m.name(), "fresh continuation token forever, no data",
                    r -> FakeServer.json(200, withToken(template, "t" + fresh.incrementAndGet(), true))));
            cases.add(new Case(m.name(), "continuation token alternating forever",
                    r -> FakeServer.json(200, withToken(template, "t" + (fresh.incrementAndGet() % 2), false))));
        }
        if (template.has("meta") && template.get("meta").has("pagination")) {
            for (long last : List.of(2_147_483_647L, 1_000_000_000_000L, -5L, 0L)) {
                cases.add(new Case(m.name(), "lastPage " + last + ", later pages empty",
                        r -> FakeServer.json(200, withLastPage(template, last, pageOf(r) > 1))));
            }
            cases.add(new Case(m.name(), "lastPage absurd and every page the same",
                    r -> FakeServer.json(200, withLastPage(template, 2_147_483_647L, false))));
        }
    }

    private static int pageOf(RecordedRequest r) {
        String page = r.getUrl().queryParameter("page");
        return page == null ? 1 : Integer.parseInt(page);
    }

    private static String withToken(JsonNode template, String token, boolean empty) {
        ObjectNode copy = template.deepCopy();
        ((ObjectNode) copy.get("meta")).put("continuationToken", token);
        if (empty) {
            copy.putArray("data");
        }
        return copy.toString();
    }

    private static String withLastPage(JsonNode template, long last, boolean empty) {
        ObjectNode copy = template.deepCopy();
        ((ObjectNode) copy.get("meta").get("pagination")).put("lastPage", last);
        if (empty) {
            copy.putArray("data");
        }
        return copy.toString();
    }

    private static String padded(JsonNode template, int size) {
        if (!template.isObject()) {
            return "[" + JSON.getNodeFactory().textNode("p".repeat(size)) + "," + template.toString().substring(1);
        }
        ObjectNode copy = template.deepCopy();
        copy.put("padding", "p".repeat(size));
        return copy.toString();
    }

    private static String everyText(JsonNode template, String value) {
        JsonNode copy = template.deepCopy();
        replaceText(copy, value);
        return copy.toString();
    }

    private static void replaceText(JsonNode node, String value) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (object.get(name).isTextual()) {
                    object.put(name, value);
                } else {
                    replaceText(object.get(name), value);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> replaceText(child, value));
        }
    }

    private static byte[] invalidUtf8(String text) {
        byte[] json = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[json.length + 4];
        // a lone continuation byte and a truncated sequence inside the first string value
        int quote = text.indexOf("\":\"");
        int at = quote < 0 ? 1 : quote + 3;
        System.arraycopy(json, 0, out, 0, at);
        out[at] = (byte) 0x80;
        out[at + 1] = (byte) 0xC3;
        out[at + 2] = (byte) 0xFF;
        out[at + 3] = (byte) 0xFE;
        System.arraycopy(json, at, out, at + 4, json.length - at);
        return out;
    }

    private static MockResponse bytes(byte[] body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(new Buffer().write(body)).build();
    }
}
