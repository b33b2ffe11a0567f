package app.switchboard.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps the tests' secrets in the encrypted file (not the machine's keychain), the store that
 * needs the master passphrase, and restores the property afterwards.
 */
final class SecretsInEncryptedFile implements BeforeAllCallback, AfterAllCallback {
    private static final String PROPERTY = "switchboard.secrets";
    private String previous;

    @Override
    public void beforeAll(ExtensionContext context) {
        previous = System.getProperty(PROPERTY);
        System.setProperty(PROPERTY, "file");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (previous == null) {
            System.clearProperty(PROPERTY);
        } else {
            System.setProperty(PROPERTY, previous);
        }
    }
}
