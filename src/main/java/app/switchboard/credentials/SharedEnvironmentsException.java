package app.switchboard.credentials;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** Why the team's environments could not be read or changed, as a sentence for the operator. */
public final class SharedEnvironmentsException extends Exception implements Worded {
    public enum Kind {
        /** No team database is set up on this computer. */
        NOT_SET_UP,
        /** The database cannot be reached now; the last known definitions stay usable. */
        OFFLINE,
        /** The database refused this login (publishing needs the admin role). */
        NOT_ALLOWED,
        /** Another admin changed the environment in the team since this copy was taken. */
        CONFLICT,
        FAILED
    }

    private final Kind kind;
    private final transient Words words;

    public SharedEnvironmentsException(Kind kind, Words words, Throwable cause) {
        super(words.english(), cause);
        this.kind = kind;
        this.words = words;
    }

    static SharedEnvironmentsException notSetUp() {
        return new SharedEnvironmentsException(Kind.NOT_SET_UP, Words.of("credentials.team.notSetUp"), null);
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public Words words() {
        return words;
    }
}
