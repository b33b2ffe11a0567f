package app.switchboard.credentials;

import app.switchboard.text.Words;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Secrets in the operating system's keychain (macOS Keychain, Windows Credential Manager, Secret Service). */
public final class KeychainSecretStore implements SecretStore {
    private static final Logger log = LoggerFactory.getLogger(KeychainSecretStore.class);
    static final String SERVICE = "Switchboard";

    private final Keyring keyring;

    private KeychainSecretStore(Keyring keyring) {
        this.keyring = keyring;
    }

    /**
     * Opens the keychain if a backend answers a write, read and delete within {@code timeout}. A
     * locked Secret Service, a missing D-Bus or a keychain prompt the operator has not answered yet
     * can hang; the probe runs on {@code executor} and is abandoned after the timeout, so the caller
     * never hangs.
     */
    public static KeychainProbe probe(ExecutorService executor, Duration timeout) {
        Future<KeychainSecretStore> attempt = executor.submit(KeychainSecretStore::openAndCheck);
        try {
            return KeychainProbe.answered(attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            attempt.cancel(true);
            log.info("The OS keychain did not answer within {} ms", timeout.toMillis());
            return KeychainProbe.slow(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return KeychainProbe.slow(timeout);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            log.info("No OS keychain: {}", cause.toString());
            return KeychainProbe.none(cause.getMessage() == null ? cause.toString() : cause.getMessage());
        } catch (LinkageError e) {
            log.info("No OS keychain: native access failed: {}", e.toString());
            return KeychainProbe.none(e.toString());
        }
    }

    private static KeychainSecretStore openAndCheck() throws BackendNotSupportedException, PasswordAccessException {
        Keyring keyring = Keyring.create();
        String probeKey = "switchboard/probe";
        String probeValue = UUID.randomUUID().toString();
        keyring.setPassword(SERVICE, probeKey, probeValue);
        String read = keyring.getPassword(SERVICE, probeKey);
        keyring.deletePassword(SERVICE, probeKey);
        if (!probeValue.equals(read)) {
            throw new PasswordAccessException("the keychain did not return what was stored");
        }
        return new KeychainSecretStore(keyring);
    }

    @Override
    public Optional<String> get(String key) {
        try {
            return Optional.ofNullable(keyring.getPassword(SERVICE, key));
        } catch (PasswordAccessException e) {
            // the backends report a missing entry as an access failure
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, String secret) {
        try {
            keyring.setPassword(SERVICE, key, secret);
        } catch (PasswordAccessException e) {
            throw new SecretStoreException(SecretStoreException.Reason.UNAVAILABLE,
                    Words.of("credentials.secrets.keychainRefused", key, Words.verbatim(e.getMessage())), e);
        }
    }

    @Override
    public void remove(String key) {
        try {
            keyring.deletePassword(SERVICE, key);
        } catch (PasswordAccessException e) {
            log.debug("Nothing to remove from the keychain for {}", key);
        }
    }

    @Override
    public Kind kind() {
        return Kind.KEYCHAIN;
    }

    @Override
    public Words where() {
        return Words.of("credentials.store.keychain", String.valueOf(keyring.getKeyringStorageType()), SERVICE);
    }
}
