package app.switchboard.ops;

/** Whether an environment's server offers an operation, as the last probe or call showed. */
public enum Availability {
    /** Not probed yet, or the probe could not tell (network, 5xx): the console tries it. */
    UNKNOWN,
    AVAILABLE,
    /** 404, 405 or 501: the server has no such operation. */
    NOT_OFFERED,
    /** 403: it exists, but these credentials may not use it. */
    FORBIDDEN;

    /** What an HTTP status says about the operation; UNKNOWN when it says nothing about it. */
    public static Availability ofStatus(int status) {
        if (status / 100 == 2) {
            return AVAILABLE;
        }
        return switch (status) {
            case 404, 405, 501 -> NOT_OFFERED;
            case 403 -> FORBIDDEN;
            default -> UNKNOWN;
        };
    }

    /** The console does without it: a probe or a call showed it cannot be used. */
    public boolean missing() {
        return this == NOT_OFFERED || this == FORBIDDEN;
    }
}
