package app.switchboard.sandbox;

import com.sun.net.httpserver.Headers;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One request as the route handlers see it: already read, so it can be answered on any thread. */
public final class ApiRequest {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Headers headers;
    private final byte[] body;
    private final String requestId;
    private Map<String, String> pathParams = Map.of();

    ApiRequest(String method, String path, String rawQuery, Headers headers, byte[] body, String requestId) {
        this.method = method;
        this.path = path;
        this.query = parseForm(rawQuery);
        this.headers = headers;
        this.body = body;
        this.requestId = requestId;
    }

    /** Parses {@code a=1&b=2} (query strings and form bodies alike), keeping repeated keys in order. */
    static Map<String, List<String>> parseForm(String raw) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return result;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            result.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return result;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public String requestId() {
        return requestId;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.getFirst(name));
    }

    /** The first value of a query parameter, if present. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All values of {@code name} and of its array form {@code name[]}. */
    public List<String> queryAll(String name) {
        List<String> values = new ArrayList<>(query.getOrDefault(name, List.of()));
        values.addAll(query.getOrDefault(name + "[]", List.of()));
        return values;
    }

    public String pathParam(String name) {
        return pathParams.get(name);
    }

    void pathParams(Map<String, String> params) {
        this.pathParams = Map.copyOf(params);
    }
}
