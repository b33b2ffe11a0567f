package app.switchboard.credentials;

import app.switchboard.text.Words;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
     * Asks whether a keychain backend answers a write, read and delete within {@code timeout}, each
     * time the returned supplier is called. A locked Secret Service, a missing D-Bus or a keychain
     * prompt the operator has not answered yet can hang; the attempt runs on {@code executor} and
     * the caller stops waiting after the timeout. An attempt still running is waited for again
     * rather than joined by a new one, so a hanging keychain holds one thread, not one per use, and
     * a prompt answered late still counts.
     */
    public static Supplier<KeychainProbe> prober(ExecutorService executor, Duration timeout) {
        return prober(executor, timeout, KeychainSecretStore::openAndCheck);
    }

    /** {@link #prober(ExecutorService, Duration)} with the keychain's opening given, for tests. */
    static Supplier<KeychainProbe> prober(ExecutorService executor, Duration timeout, Callable<? extends SecretStore> open) {
        return new Supplier<>() {
            private Future<? extends SecretStore> pending;

            @Override
            public synchronized KeychainProbe get() {
                if (pending == null) {
                    pending = executor.submit(open);
                }
                Future<? extends SecretStore> attempt = pending;
                try {
                    KeychainProbe answered = KeychainProbe.answered(attempt.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
                    pending = null;
                    return answered;
                } catch (TimeoutException e) {
                    log.info("The OS keychain did not answer within {} ms", timeout.toMillis());
                    return KeychainProbe.slow(timeout);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return KeychainProbe.slow(timeout);
                } catch (ExecutionException e) {
                    pending = null;
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    log.info("No OS keychain: {}", cause.toString());
                    return KeychainProbe.none(cause.getMessage() == null ? cause.toString() : cause.getMessage());
                } catch (RuntimeException | LinkageError e) {
                    pending = null;
                    log.info("No OS keychain: {}", e.toString());
                    return KeychainProbe.none(e.toString());
                }
            }
        };
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
