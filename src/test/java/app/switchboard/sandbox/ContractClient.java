package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Talks to a sandbox with the JDK's HTTP client, as an outsider would, and checks every answer
 * against the OpenAPI document of the API it came from.
 */
final class ContractClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        // the validator and its parser log every step at DEBUG; the test output should show failures
        for (String noisy : List.of("io.swagger", "com.atlassian.oai", "com.github.fge")) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(noisy)).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    private static final OpenApiInteractionValidator DER = validator("der-connect.yaml");
    private static final OpenApiInteractionValidator FYNN = validator("fynn.yaml");

    /** One answer: status, headers, body, and the body parsed when it is JSON. */
    record Answer(int status, Map<String, List<String>> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final Sandbox sandbox;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String token;

    ContractClient(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    static OpenApiInteractionValidator validator(String document) {
        try (InputStream in = ContractClient.class.getResourceAsStream("/app/switchboard/api/" + document)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return OpenApiInteractionValidator.createForInlineApiSpecification(text).withBasePathOverride("/").withResolveCombinators(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    Answer requestToken(String clientId, String secret) {
        String body = form(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret, "scope", "esp"));
        return tokenCall(body);
    }

    Answer tokenCall(String formBody) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.derTokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody)).build();
        return validated(DER, DerRoutes.TOKEN_PATH, Request.Method.POST, send(request));
    }

    /** A DER Connect call with a fresh token fetched on first use. */
    Answer der(String method, String pathAndQuery, String jsonBody) {
        if (token == null) {
            token = requestToken(sandbox.clientId(), sandbox.clientSecret()).json().get("access_token").asText();
        }
        return derWithToken(method, pathAndQuery, jsonBody, token);
    }

    Answer derWithToken(String method, String pathAndQuery, String jsonBody, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.derApiUrl() + pathAndQuery))
                .method(method, body(jsonBody)).header("Content-Type", "application/json");
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return validated(DER, pathOf(pathAndQuery), Request.Method.valueOf(method), send(builder.build()));
    }

    Answer fynn(String method, String pathAndQuery, String jsonBody) {
        return fynnWithKey(method, pathAndQuery, jsonBody, sandbox.fynnApiKey());
    }

    Answer fynnWithKey(String method, String pathAndQuery, String jsonBody, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + pathAndQuery))
                .method(method, body(jsonBody)).header("Content-Type", "application/json");
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return validated(FYNN, pathOf(pathAndQuery), Request.Method.valueOf(method), send(builder.build()));
    }

    /**
     * A Fynn call whose answer the contract does not cover (API Platform's 400 for a page below 1,
     * which the contract leaves out): checked by the test itself, not by the validator.
     */
    Answer fynnOffContract(String method, String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.fynnUrl() + pathAndQuery)).method(method, body(null))
                .header("Authorization", "Bearer " + sandbox.fynnApiKey()).build());
    }

    /** A call outside both APIs (admin, OpenAPI documents): no contract to check. */
    Answer plain(String method, String path, String jsonBody) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).method(method, body(jsonBody))
                .header("Content-Type", "application/json").build());
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private static String pathOf(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        return q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Answer answer = new Answer(response.statusCode(), response.headers().map(), response.body());
            assertThat(answer.header(RequestPipeline.REQUEST_ID)).as("request id header").isNotBlank();
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Answer validated(OpenApiInteractionValidator validator, String path, Request.Method method, Answer answer) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(answer.status()).withBody(answer.body());
        answer.headers().forEach((name, values) -> response.withHeader(name, values));
        ValidationReport report = validator.validateResponse(path, method, response.build());
        assertThat(report.getMessages()).as("%s %s -> %s %s violates the contract", method, path, answer.status(), answer.body())
                .filteredOn(m -> m.getLevel() == ValidationReport.Level.ERROR).isEmpty();
        return answer;
    }
}
