package app.switchboard.sandbox;

import java.util.List;

/** DER Connect's error envelope: {@code {"errors":[{code, description, message}]}}. */
final class DerErrors {
    record ConnectApiError(String code, String description, String message) {
    }

    record ConnectApiErrorResult(List<ConnectApiError> errors) {
    }

    record OAuthError(String error, String error_description) {
    }

    private DerErrors() {
    }

    static ApiResponse of(int status, String code, String description, String message) {
        return ApiResponse.json(status, new ConnectApiErrorResult(List.of(new ConnectApiError(code, description, message))));
    }

    static ApiResponse validation(String message) {
        return of(400, "ValidationFailed", "The request is invalid.", message);
    }

    static ApiResponse notFound(String what) {
        return of(404, "EntityNotFound", "The requested Entity does not exist or is not accessible.", what + " was not found.");
    }

    static ApiResponse oauth(int status, String error, String description) {
        return ApiResponse.json(status, new OAuthError(error, description));
    }
}
