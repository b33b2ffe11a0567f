package app.switchboard.cli;

import app.switchboard.credentials.EncryptedFileSecretStore;
import app.switchboard.credentials.PassphrasePrompt;

/** The encrypted secret file the command line uses in a test home, opened with a known passphrase. */
final class FixedPassphrase implements PassphrasePrompt {
    private final String passphrase;

    private FixedPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    static EncryptedFileSecretStore secretFile(CliHarness cli, String passphrase) {
        return new EncryptedFileSecretStore(cli.paths.data().resolve(EncryptedFileSecretStore.FILE_NAME),
                new FixedPassphrase(passphrase));
    }

    @Override
    public char[] existingPassphrase(String location, boolean previousWasWrong) {
        return passphrase.toCharArray();
    }

    @Override
    public char[] newPassphrase(String location) {
        return passphrase.toCharArray();
    }
}
