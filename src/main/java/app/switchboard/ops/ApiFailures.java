package app.switchboard.ops;

import app.switchboard.client.ApiException;
import app.switchboard.text.Words;

/**
 * Classifies a failed API call for the engine: the server saying no to this change (400, 404,
 * 409, 422) is a refusal with its own reason; 403 means the credentials may not write; anything
 * else (network, timeout, 5xx, 401, unreadable answers) is a failure whose cause the operator sees.
 */
final class ApiFailures {
    private ApiFailures() {
    }

    /** A blocking API call that reports failure as an {@link ApiException}. */
    @FunctionalInterface
    interface ApiCall<T> {
        T call() throws SwitchFailure;
    }

    /** Runs the call, turning its {@link ApiException} into the engine's {@link SwitchFailure}. */
    static <T> T translated(ApiCall<T> call) throws SwitchFailure {
        try {
            return call.call();
        } catch (ApiException e) {
            throw classify(e);
        }
    }

    static SwitchFailure classify(ApiException e) {
        Integer status = e.status() > 0 ? e.status() : null;
        String requestId = e.requestId().orElse(null);
        // the server's own reason as it said it; without one, what kind of failure it was, in any language
        Words serverReason = e.serverWords().isEmpty() ? e.reasonWords() : Words.verbatim(String.join("; ", e.serverWords()));
        return switch (e.kind()) {
            case INVALID, NOT_FOUND -> new SwitchFailure(SwitchFailure.Kind.REFUSED, status, serverReason, requestId, e);
            case FORBIDDEN -> new SwitchFailure(SwitchFailure.Kind.FORBIDDEN, status, serverReason, requestId, e);
            default -> new SwitchFailure(SwitchFailure.Kind.FAILED, status, e.reasonWords(), requestId, e);
        };
    }
}
