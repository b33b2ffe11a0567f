package app.switchboard.client;

/** What went wrong with a call, in the terms an operator can act on. */
public enum ApiErrorKind {
    UNAUTHORISED("did not accept the credentials"),
    FORBIDDEN("refused access: the credentials lack permission for this"),
    NOT_FOUND("could not find it"),
    INVALID("rejected the request"),
    RATE_LIMITED("is limiting how fast Switchboard may call it"),
    SERVER_ERROR("had an internal problem"),
    NETWORK("could not be reached"),
    TLS("could not be reached securely (TLS/certificate problem)"),
    TIMEOUT("did not answer in time"),
    MALFORMED_RESPONSE("sent an answer Switchboard cannot read"),
    INSECURE("was not called: credentials are only sent over https (or to this computer)"),
    CANCELLED("call was cancelled");

    private final String phrase;

    ApiErrorKind(String phrase) {
        this.phrase = phrase;
    }

    /** Finishes a sentence that starts with the API's name, e.g. "Fynn did not accept the credentials". */
    public String phrase() {
        return phrase;
    }

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
