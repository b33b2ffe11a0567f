package app.switchboard.client;

/** What went wrong with a call, in the terms an operator can act on. */
public enum ApiErrorKind {
    UNAUTHORISED,
    FORBIDDEN,
    NOT_FOUND,
    INVALID,
    RATE_LIMITED,
    SERVER_ERROR,
    NETWORK,
    TLS,
    TIMEOUT,
    MALFORMED_RESPONSE,
    INSECURE,
    CANCELLED;

    // how each kind reads is in app/switchboard/text/words.properties under client.kind.*, in every language

    /** Whether trying the same request again later may succeed without anyone changing anything. */
    public boolean isTransient() {
        return this == RATE_LIMITED || this == SERVER_ERROR || this == NETWORK || this == TIMEOUT;
    }

    static ApiErrorKind forStatus(int status) {
        if (status == 401) {
            return UNAUTHORISED;
        }
        if (status == 403) {
            return FORBIDDEN;
        }
        if (status == 404 || status == 410) {
            return NOT_FOUND;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status >= 400) {
            return INVALID;
        }
        return MALFORMED_RESPONSE;
    }
}
