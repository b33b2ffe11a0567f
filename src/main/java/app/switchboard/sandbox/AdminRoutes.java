package app.switchboard.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The sandbox's own endpoints, never touched by faults: fault settings and counters
 * ({@code /admin/faults}), the concurrent editor ({@code /admin/editor}), counts
 * ({@code /admin/stats}), DER token revocation ({@code /admin/tokens/revoke}) and the two OpenAPI
 * documents ({@code /openapi/...}).
 */
final class AdminRoutes {
    private static final Map<String, String> OPENAPI = Map.of(
            "/openapi/der-connect.yaml", "/app/switchboard/api/der-connect.yaml",
            "/openapi/fynn.yaml", "/app/switchboard/api/fynn.yaml");

    record Problem(String error) {
    }

    record FaultState(FaultSettings settings, Map<String, Long> counters) {
    }

    record EditorResult(List<ConcurrentEditor.Change> changes) {
    }

    private final FaultInjector faults;
    private final Supplier<SandboxStats> stats;
    private final Router router = new Router(request -> ApiResponse.json(404, new Problem("No admin endpoint at " + request.path())),
            (request, allowed) -> ApiResponse.json(405, new Problem("Use " + allowed)));

    AdminRoutes(FaultInjector faults, Supplier<SandboxStats> stats, Runnable revokeTokens) {
        this.faults = faults;
        this.stats = stats;
        router.add("GET", "/admin/faults", request -> faultState())
                .add("PUT", "/admin/faults", this::changeFaults)
                .add("POST", "/admin/faults/reset-counters", request -> {
                    faults.resetCounters();
                    return faultState();
                })
                .add("POST", "/admin/editor", this::edit)
                .add("GET", "/admin/stats", request -> ApiResponse.json(200, stats.get()))
                .add("POST", "/admin/tokens/revoke", request -> {
                    revokeTokens.run();
                    return ApiResponse.bytes(204, "application/json", new byte[0]);
                });
    }

    ApiResponse handle(ApiRequest request) {
        return router.dispatch(request, request.path());
    }

    ApiResponse openApi(ApiRequest request) {
        String resource = OPENAPI.get(request.path());
        if (resource == null || !"GET".equals(request.method())) {
            return ApiResponse.text(404, "text/plain; charset=utf-8", "Known documents: " + OPENAPI.keySet());
        }
        try (InputStream in = AdminRoutes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + resource);
            }
            return ApiResponse.bytes(200, "application/yaml; charset=utf-8", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiResponse faultState() {
        return ApiResponse.json(200, new FaultState(faults.settings(), faults.counters()));
    }

    /** Applies the given fields over the current settings; fields not sent keep their values. */
    private ApiResponse changeFaults(ApiRequest request) {
        JsonNode body = SandboxJson.readTree(request.body());
        if (body == null || !body.isObject()) {
            return ApiResponse.json(400, new Problem("Send a JSON object with the settings to change."));
        }
        ObjectNode merged = SandboxJson.MAPPER.valueToTree(faults.settings());
        for (Iterator<Map.Entry<String, JsonNode>> fields = body.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!merged.has(field.getKey())) {
                return ApiResponse.json(400, new Problem("Unknown setting '" + field.getKey() + "'."));
            }
            merged.set(field.getKey(), field.getValue());
        }
        try {
            faults.set(SandboxJson.MAPPER.treeToValue(merged, FaultSettings.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            return ApiResponse.json(400, new Problem(cause.getMessage()));
        }
        return faultState();
    }

    private ApiResponse edit(ApiRequest request) {
        JsonNode body = SandboxJson.readTree(request.body());
        int count = faults.settings().editorBatch();
        if (body != null && body.has("changes")) {
            if (!body.get("changes").canConvertToInt() || body.get("changes").asInt() < 0) {
                return ApiResponse.json(400, new Problem("'changes' must be a non-negative integer."));
            }
            count = body.get("changes").asInt();
        }
        return ApiResponse.json(200, new EditorResult(faults.editNow(count)));
    }
}
