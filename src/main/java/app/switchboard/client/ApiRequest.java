package app.switchboard.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to send through an {@link ApiCaller}: method, path below the API base (as segments,
 * each encoded), query parameters in order, and an optional JSON or form body. Idempotent requests
 * may be retried; GET always is, PATCH and PUT when they set an absolute state.
 */
public final class ApiRequest {
    private final String method;
    private final List<String> segments;
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final boolean idempotent;
    private Object jsonBody;
    private Map<String, String> form;
    private String absoluteUrl;

    private ApiRequest(String method, boolean idempotent, String... segments) {
        this.method = method;
        this.idempotent = idempotent;
        this.segments = List.of(segments);
        for (String segment : this.segments) {
            // OkHttp resolves these as "this folder" and "the folder above": the call would reach another resource
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("'" + segment + "' is not an id Switchboard sends: in a URL it "
                        + "would address another resource than the one asked for");
            }
        }
    }

    public static ApiRequest get(String... segments) {
        return new ApiRequest("GET", true, segments);
    }

    /** A PATCH or PUT that sets an absolute state, so sending it twice does no harm. */
    public static ApiRequest setState(String method, Object body, String... segments) {
        ApiRequest request = new ApiRequest(method, true, segments);
        request.jsonBody = body;
        return request;
    }

    /** A form POST to a full URL outside the API base, such as an OAuth token endpoint. */
    public static ApiRequest formPost(String absoluteUrl, Map<String, String> form) {
        ApiRequest request = new ApiRequest("POST", true);
        request.absoluteUrl = absoluteUrl;
        request.form = new LinkedHashMap<>(form);
        return request;
    }

    /** Adds a query parameter unless the value is null. */
    public ApiRequest query(String name, Object value) {
        if (value != null) {
            query.add(Map.entry(name, String.valueOf(value)));
        }
        return this;
    }

    public String method() {
        return method;
    }

    public List<String> segments() {
        return segments;
    }

    public List<Map.Entry<String, String>> queryParameters() {
        return query;
    }

    public boolean idempotent() {
        return idempotent;
    }

    public Object jsonBody() {
        return jsonBody;
    }

    /** Form fields; a form body is only used for token requests and carries a secret. */
    public Map<String, String> form() {
        return form;
    }

    public String absoluteUrl() {
        return absoluteUrl;
    }

    /** Never prints the body: it may hold a client secret. */
    @Override
    public String toString() {
        return method + " /" + String.join("/", segments);
    }
}
