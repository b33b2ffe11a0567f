package app.switchboard.ops;

import app.switchboard.text.Words;
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
    private final Words words;

    /** @param message the server's reason or the failure's cause, shown as it is */
    public SwitchFailure(Kind kind, Integer httpStatus, String message, String requestId, Throwable cause) {
        this(kind, httpStatus, Words.verbatim(message), requestId, cause);
    }

    public SwitchFailure(Kind kind, Integer httpStatus, Words words, String requestId, Throwable cause) {
        super(words.english(), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.httpStatus = httpStatus;
        this.requestId = requestId;
        this.words = words;
    }

    public static SwitchFailure refused(int httpStatus, String serverMessage) {
        return new SwitchFailure(Kind.REFUSED, httpStatus, serverMessage, null, null);
    }

    /** A refusal in Switchboard's own words rather than the server's. */
    public static SwitchFailure refused(int httpStatus, Words words) {
        return new SwitchFailure(Kind.REFUSED, httpStatus, words, null, null);
    }

    public static SwitchFailure forbidden(String serverMessage) {
        return new SwitchFailure(Kind.FORBIDDEN, 403, serverMessage, null, null);
    }

    public static SwitchFailure failed(Integer httpStatus, String cause) {
        return new SwitchFailure(Kind.FAILED, httpStatus, cause, null, null);
    }

    /** The reason in any language; the server's own words verbatim. */
    public Words words() {
        return words;
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
