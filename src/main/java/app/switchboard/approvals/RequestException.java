package app.switchboard.approvals;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** Why a request could not be made, decided or applied, as a sentence. */
public final class RequestException extends Exception implements Worded {
    /** {@link #UNAVAILABLE}: the team database could not be reached; trying again later may help. */
    public enum Kind { REFUSED, NOT_FOUND, UNAVAILABLE }

    private final Kind kind;
    private final transient Words words;

    public RequestException(Kind kind, Words words, Throwable cause) {
        super(words.english(), cause);
        this.kind = kind;
        this.words = words;
    }

    static RequestException refused(String key, Object... arguments) {
        return new RequestException(Kind.REFUSED, Words.of(key, arguments), null);
    }

    static RequestException notFound(String id) {
        return new RequestException(Kind.NOT_FOUND, Words.of("approvals.problem.notFound", id), null);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Words words() {
        return words;
    }
}
