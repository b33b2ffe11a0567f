package app.switchboard.credentials;

import app.switchboard.paths.AppPaths;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks where secrets live for this user: chosen once and remembered ({@link SecretStoreChoice}).
 * The first time, the OS keychain if one answers, the encrypted file if there is none; a keychain
 * that is merely slow is not a reason to choose the file. Later runs use the remembered store, and
 * a remembered keychain that does not answer is reported as such rather than replaced by the file.
 */
public final class SecretStores {
    private static final Logger log = LoggerFactory.getLogger(SecretStores.class);
    public static final Duration KEYCHAIN_PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** {@code -Dswitchboard.secrets=file} chooses the encrypted file (and remembers that). */
    public static final String PROPERTY = "switchboard.secrets";

    private SecretStores() {
    }

    /**
     * Probes the keychain on {@code executor} (bounded by {@link #KEYCHAIN_PROBE_TIMEOUT}) unless
     * the encrypted file is remembered or asked for with {@link #PROPERTY}; the file is unlocked
     * through {@code prompt}.
     */
    public static SecretStore choose(AppPaths paths, PassphrasePrompt prompt, ExecutorService executor) {
        return choose(new SecretStoreChoice(paths), KeychainSecretStore.prober(executor, KEYCHAIN_PROBE_TIMEOUT),
                () -> new EncryptedFileSecretStore(paths.data().resolve(EncryptedFileSecretStore.FILE_NAME), prompt),
                "file".equals(System.getProperty(PROPERTY)));
    }

    /** The choice with its parts given, for tests with a fake keychain. */
    static SecretStore choose(SecretStoreChoice choice, Supplier<KeychainProbe> probe, Supplier<SecretStore> file,
                              boolean fileAskedFor) {
        SecretStore chosen = pick(choice, probe, file, fileAskedFor);
        log.info("Secrets live in the {}", chosen.description());
        return chosen;
    }

    private static SecretStore pick(SecretStoreChoice choice, Supplier<KeychainProbe> probe, Supplier<SecretStore> file,
                                    boolean fileAskedFor) {
        if (fileAskedFor) {
            choice.remember(SecretStore.Kind.ENCRYPTED_FILE);
            return file.get();
        }
        Optional<SecretStore.Kind> remembered = choice.remembered();
        if (remembered.equals(Optional.of(SecretStore.Kind.ENCRYPTED_FILE))) {
            return file.get();
        }
        KeychainProbe first = probe.get();
        if (first.result() == KeychainProbe.Result.ANSWERED) {
            if (choice.rememberIfUnset(SecretStore.Kind.KEYCHAIN) == SecretStore.Kind.ENCRYPTED_FILE) {
                return file.get();
            }
            return first.store();
        }
        if (remembered.isEmpty() && first.result() == KeychainProbe.Result.NONE
                && choice.rememberIfUnset(SecretStore.Kind.ENCRYPTED_FILE) == SecretStore.Kind.ENCRYPTED_FILE) {
            return file.get();
        }
        log.warn("The OS keychain {} does not answer now ({}); not falling back to the encrypted file",
                remembered.isPresent() ? "chosen for this user" : "on this machine", first.reason().english());
        return new UnansweredKeychain(probe, first, choice);
    }
}
