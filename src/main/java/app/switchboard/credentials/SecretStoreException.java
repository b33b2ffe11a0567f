package app.switchboard.credentials;

/** The secret store could not do what was asked; {@link #reason()} says why in a way a UI can act on. */
public class SecretStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** The master passphrase does not open the file; nothing was changed. */
        WRONG_PASSPHRASE,
        /** The file was changed outside Switchboard or is damaged; it is left untouched. */
        TAMPERED,
        /** The operator declined to enter the master passphrase. */
        LOCKED,
        /** The keychain or the file cannot be used. */
        UNAVAILABLE
    }

    private final Reason reason;

    public SecretStoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public SecretStoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
