package app.switchboard.credentials;

/**
 * Asks the operator for the master passphrase of the encrypted secret file. The GUI and the CLI
 * implement it; it is called from a background thread and may block until the operator answers.
 * Returning null means the operator cancelled. The store wipes the returned array after use.
 */
public interface PassphrasePrompt {
    /** For a context with no one to ask: every request counts as cancelled. */
    PassphrasePrompt NONE = new PassphrasePrompt() {
        @Override
        public char[] existingPassphrase(String location, boolean previousWasWrong) {
            return null;
        }

        @Override
        public char[] newPassphrase(String location) {
            return null;
        }
    };

    /**
     * @param location        the file to unlock, to show the operator
     * @param previousWasWrong whether the last passphrase entered in this session did not open it
     */
    char[] existingPassphrase(String location, boolean previousWasWrong);

    /** First use: asks for a new passphrase (the UI asks twice to confirm). */
    char[] newPassphrase(String location);
}
