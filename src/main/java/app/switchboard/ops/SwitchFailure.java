package app.switchboard.ops;

import java.util.Objects;

/** A gateway call that did not succeed, classified the way the operator needs to act on it. */
public class SwitchFailure extends Exception {

    public enum Kind {
        /** The server understood and said no (400, 404, 409, 422): its reason is the message. */
        REFUSED,
        /** The credentials may not do this (403): the API becomes read-only in that environment. */
        FORBIDDEN,
        /** Network, timeout, 5xx, unreadable answer: the change may or may not have happened. */
        FAILED
    }

    private final Kind kind;
    private final Integer httpStatus;
    private final String requestId;

    public SwitchFailure(Kind kind, Integer httpStatus, String message, String requestId, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.requestId = requestId;
    }

    public static SwitchFailure refused(int httpStatus, String serverMessage) {
        return new SwitchFailure(Kind.REFUSED, httpStatus, serverMessage, null, null);
    }

    public static SwitchFailure forbidden(String serverMessage) {
        return new SwitchFailure(Kind.FORBIDDEN, 403, serverMessage, null, null);
    }

    public static SwitchFailure failed(Integer httpStatus, String cause) {
        return new SwitchFailure(Kind.FAILED, httpStatus, cause, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public String requestId() {
        return requestId;
    }
}
