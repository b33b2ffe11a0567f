package app.switchboard.credentials;

import app.switchboard.text.Worded;
import app.switchboard.text.Words;

/** The secret store could not do what was asked; {@link #reason()} says why in a way a UI can act on. */
public class SecretStoreException extends RuntimeException implements Worded {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The master passphrase does not open the file; nothing was changed. */
        WRONG_PASSPHRASE,
        /** The file was changed outside Switchboard or is damaged; it is left untouched. */
        TAMPERED,
        /** The operator declined to enter the master passphrase. */
        LOCKED,
        /** A new master passphrase does not meet {@link PassphraseRule}; nothing was changed. */
        WEAK_PASSPHRASE,
        /** The keychain or the file cannot be used. */
        UNAVAILABLE
    }

    private final Reason reason;
    private final transient Words words;

    public SecretStoreException(Reason reason, String message, Throwable cause) {
        this(reason, Words.verbatim(message), cause);
    }

    /** @param words why, in any language (the window shows them in its own, logs in English) */
    public SecretStoreException(Reason reason, Words words, Throwable cause) {
        super(words.english(), cause);
        this.reason = reason;
        this.words = words;
    }

    @Override
    public Words words() {
        return words;
    }

    public SecretStoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
