package app.switchboard.links;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** A text that is not a Switchboard link, with what is wrong with it in words. */
public final class LinkException extends Exception implements Worded {
    private final transient Words words;

    public LinkException(String key, Object... arguments) {
        super(Words.of(key, arguments).english());
        this.words = Words.of(key, arguments);
    }

    @Override
    public Words words() {
        return words;
    }
}
