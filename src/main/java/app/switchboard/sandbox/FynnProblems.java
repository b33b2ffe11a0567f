package app.switchboard.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** Fynn's (API Platform's) problem documents, with {@code violations} on 422. */
final class FynnProblems {
    static final String PROBLEM_JSON = "application/problem+json";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String type, String title, String detail, int status, List<Violation> violations) {
    }

    record Violation(String propertyPath, String message, String code) {
    }

    private FynnProblems() {
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
