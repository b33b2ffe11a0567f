package app.switchboard.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Fynn's (API Platform's) problem documents, with {@code violations} on 422. */
final class FynnProblems {
    static final String PROBLEM_JSON = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String type, String title, String detail, int status, List<Violation> violations) {
    }

    record Violation(String propertyPath, String message, String code) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HydraError(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
                      @JsonProperty("hydra:title") String title, @JsonProperty("hydra:description") String description,
                      List<Violation> violations) {
    }

    private FynnProblems() {
    }

    /** An error answer in the shape asked for; success answers and bodiless errors (401, 403) pass unchanged. */
    static ApiResponse shaped(ApiResponse response, FynnErrorShape shape) {
        if (shape == FynnErrorShape.PROBLEM_JSON || response.status() < 400 || response.body().length == 0
                || !PROBLEM_JSON.equals(response.contentType())) {
            return response;
        }
        Problem problem;
        try {
            problem = SandboxJson.MAPPER.readValue(response.body(), Problem.class);
        } catch (java.io.IOException e) {
            return response;
        }
        ApiResponse reshaped = shape == FynnErrorShape.HYDRA
                ? ApiResponse.json(response.status(), "application/ld+json", new HydraError("/contexts/Error",
                        "hydra:Error", problem.title(), problem.detail(), problem.violations()))
                : ApiResponse.text(response.status(), "text/plain; charset=utf-8", problem.detail());
        for (var header : response.headers().entrySet()) {
            reshaped = reshaped.withHeader(header.getKey(), header.getValue());
        }
        return reshaped;
    }

    static ApiResponse of(int status, String detail) {
        return ApiResponse.json(status, PROBLEM_JSON, new Problem("/errors/" + status, "An error occurred", detail, status, null));
    }

    static ApiResponse notFound() {
        return of(404, "Not Found");
    }

    /** 422 naming one offending property, as API Platform's validator reports it. */
    static ApiResponse violation(String propertyPath, String message) {
        return ApiResponse.json(422, PROBLEM_JSON, new Problem("/validation_errors/0", "An error occurred",
                propertyPath + ": " + message, 422, List.of(new Violation(propertyPath, message, null))));
    }
}
