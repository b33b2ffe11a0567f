package app.switchboard.team;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** Why the team database cannot be used, as a sentence for the operator. */
public final class TeamException extends Exception implements Worded {
    /** What went wrong; {@link #OFFLINE} is the only one a retry can mend by itself. */
    public enum Kind {
        SETTINGS, NOT_ENCRYPTED, WRONG_PASSWORD, OFFLINE, NOT_POSTGRES, TLS, SCHEMA_TOO_NEW, NO_SCHEMA,
        NOT_ALLOWED, FAILED
    }

    private final Kind kind;
    private final transient Words words;

    public TeamException(Kind kind, Words words) {
        this(kind, words, null);
    }

    public TeamException(Kind kind, Words words, Throwable cause) {
        super(words.english(), cause);
        this.kind = kind;
        this.words = words;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Words words() {
        return words;
    }
}
