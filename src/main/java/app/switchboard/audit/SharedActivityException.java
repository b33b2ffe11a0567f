package app.switchboard.audit;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** The team log could not be read; says why in the operator's words. */
public final class SharedActivityException extends Exception implements Worded {
    private final transient Words words;

    public SharedActivityException(Words words, Throwable cause) {
        super(words.english(), cause);
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
