package app.switchboard.text;

/** A problem that can say itself in the operator's language; the window prefers this to {@code getMessage()}. */
public interface Worded {
    Words words();
}
