package app.switchboard.ops;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** A call needs an environment the console is not connected to (the operator switched away meanwhile). */
public final class NotConnectedException extends IllegalStateException implements Worded {
    private final transient Words words;

    public NotConnectedException(String environment) {
        this(Words.of("ops.notConnected", environment));
    }

    private NotConnectedException(Words words) {
        super(words.english());
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }
}
