package app.switchboard.credentials;

import app.switchboard.paths.AppPaths;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks where secrets live on this machine: the OS keychain if one answers, else the encrypted file. */
public final class SecretStores {
    private static final Logger log = LoggerFactory.getLogger(SecretStores.class);
    public static final Duration KEYCHAIN_PROBE_TIMEOUT = Duration.ofSeconds(3);

    private SecretStores() {
    }

    /**
     * Probes the keychain on {@code executor} (bounded by {@link #KEYCHAIN_PROBE_TIMEOUT}), falling
     * back to {@code secrets.json} in the data folder, unlocked through {@code prompt}. The
     * {@code switchboard.secrets=file} system property skips the keychain.
     */
    public static SecretStore choose(AppPaths paths, PassphrasePrompt prompt, ExecutorService executor) {
        if (!"file".equals(System.getProperty("switchboard.secrets"))) {
            var keychain = KeychainSecretStore.probe(executor, KEYCHAIN_PROBE_TIMEOUT);
            if (keychain.isPresent()) {
                log.info("Secrets live in the {}", keychain.get().description());
                return keychain.get();
            }
        }
        SecretStore file = new EncryptedFileSecretStore(paths.data().resolve(EncryptedFileSecretStore.FILE_NAME), prompt);
        log.info("Secrets live in the {}", file.description());
        return file;
    }
}
