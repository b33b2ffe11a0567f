package app.switchboard.ops;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** The environment cannot be reached at all; {@link #words()} says why in the operator's language. */
public class EnvironmentUnavailableException extends Exception implements Worded {
    private final Words words;

    public EnvironmentUnavailableException(String message) {
        this(Words.verbatim(message));
    }

    public EnvironmentUnavailableException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
