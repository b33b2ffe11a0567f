package app.switchboard.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers; written to the wire (or mangled by a fault) by {@link RequestPipeline}. */
public record ApiResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static ApiResponse json(int status, Object value) {
        return json(status, "application/json", value);
    }

    public static ApiResponse json(int status, String contentType, Object value) {
        return new ApiResponse(status, contentType, SandboxJson.write(value), Map.of());
    }

    public static ApiResponse text(int status, String contentType, String text) {
        return new ApiResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public static ApiResponse bytes(int status, String contentType, byte[] body) {
        return new ApiResponse(status, contentType, body, Map.of());
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, contentType, body, Map.copyOf(copy));
    }

    /** The same answer with only the first half of its body: a JSON document that cannot parse. */
    ApiResponse truncated() {
        return new ApiResponse(status, contentType, Arrays.copyOf(body, body.length / 2), headers);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
