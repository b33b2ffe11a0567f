package app.switchboard.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method + path template ({@code /v1/entities/{entityId}}) to a handler. Unknown paths and
 * wrong methods are answered in the API's own error shape through the given fallbacks.
 */
final class Router {
    private record Route(String method, String template, Pattern pattern, List<String> names,
                         Function<ApiRequest, ApiResponse> handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Function<ApiRequest, ApiResponse> notFound;
    private final BiFunction<ApiRequest, String, ApiResponse> methodNotAllowed;
    private volatile Offered offered = (method, template) -> true;
    private volatile Function<ApiRequest, ApiResponse> notOffered;

    /** Which routes are served; the others answer as if they did not exist. */
    @FunctionalInterface
    interface Offered {
        boolean offers(String method, String template);
    }

    Router(Function<ApiRequest, ApiResponse> notFound, BiFunction<ApiRequest, String, ApiResponse> methodNotAllowed) {
        this.notFound = notFound;
        this.methodNotAllowed = methodNotAllowed;
    }

    Router add(String method, String template, Function<ApiRequest, ApiResponse> handler) {
        List<String> names = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, handler));
        return this;
    }

    /** Serves only the routes {@code offered} names; the others get {@code answer} (the API's "no such operation"). */
    void limitTo(Offered limit, Function<ApiRequest, ApiResponse> answer) {
        this.notOffered = answer;
        this.offered = limit;
    }

    /** Answers {@code request} whose path is relative to this router's base. */
    ApiResponse dispatch(ApiRequest request, String relativePath) {
        List<String> allowed = new ArrayList<>();
        for (Route route : routes) {
            Matcher m = route.pattern.matcher(relativePath);
            if (!m.matches()) {
                continue;
            }
            if (!route.method.equals(request.method())) {
                allowed.add(route.method);
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < route.names.size(); i++) {
                params.put(route.names.get(i), m.group(i + 1));
            }
            request.pathParams(params);
            if (!offered.offers(route.method, route.template)) {
                return notOffered.apply(request);
            }
            return route.handler.apply(request);
        }
        if (!allowed.isEmpty()) {
            return methodNotAllowed.apply(request, String.join(", ", allowed)).withHeader("Allow", String.join(", ", allowed));
        }
        return notFound.apply(request);
    }
}
