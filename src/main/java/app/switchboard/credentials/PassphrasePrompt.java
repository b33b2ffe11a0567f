package app.switchboard.credentials;

/**
 * Asks the operator for the master passphrase of the encrypted secret file. The GUI and the CLI
 * implement it; it is called from a background thread and may block until the operator answers.
 * Returning null means the operator cancelled. The store wipes the returned array after use.
 */
public interface PassphrasePrompt {

    /**
     * @param location        the file to unlock, to show the operator
     * @param previousWasWrong whether the last passphrase entered in this session did not open it
     */
    char[] existingPassphrase(String location, boolean previousWasWrong);

    /** First use: asks for a new passphrase (the UI asks twice to confirm). */
    char[] newPassphrase(String location);
}
