package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The keychain this user's secrets live in, while it does not answer. Every use asks it again, so
 * once the operator has unlocked it (or answered its prompt) the next attempt works; until then
 * each use fails with words that say what happened and what to do, and nothing falls back to the
 * encrypted file on its own.
 */
final class UnansweredKeychain implements SecretStore {
    private final Supplier<KeychainProbe> probe;
    private final SecretStoreChoice choice;
    private volatile KeychainProbe last;
    private volatile SecretStore answered;

    UnansweredKeychain(Supplier<KeychainProbe> probe, KeychainProbe first, SecretStoreChoice choice) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.last = Objects.requireNonNull(first, "first");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    @Override
    public Optional<String> get(String key) {
        return keychain().get(key);
    }

    @Override
    public void put(String key, String secret) {
        keychain().put(key, secret);
    }

    @Override
    public void remove(String key) {
        keychain().remove(key);
    }

    @Override
    public Kind kind() {
        return Kind.KEYCHAIN;
    }

    @Override
    public Words where() {
        SecretStore keychain = answered;
        return keychain != null ? keychain.where() : Words.of("credentials.store.keychainUnanswered", last.reason());
    }

    private synchronized SecretStore keychain() {
        if (answered != null) {
            return answered;
        }
        KeychainProbe now = probe.get();
        if (now.result() == KeychainProbe.Result.ANSWERED) {
            choice.rememberIfUnset(Kind.KEYCHAIN);
            answered = now.store();
            return answered;
        }
        last = now;
        throw unavailable(now, choice.file());
    }

    static SecretStoreException unavailable(KeychainProbe probe, Path choiceFile) {
        String key = probe.result() == KeychainProbe.Result.SLOW ? "credentials.keychain.slow" : "credentials.keychain.failed";
        return new SecretStoreException(SecretStoreException.Reason.UNAVAILABLE,
                Words.of(key, probe.reason(), choiceFile.toString()), null);
    }
}
