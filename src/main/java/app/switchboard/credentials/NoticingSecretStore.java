package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A secret store that tells a listener about every secret value read from or written to it, so
 * that the redactor masks a key in the log and on screen from the moment the process holds it,
 * whoever asked for it (a connection, a connection test, the Demo's generated credentials).
 */
public final class NoticingSecretStore implements SecretStore {
    private final SecretStore store;
    private final Consumer<String> seen;

    public NoticingSecretStore(SecretStore store, Consumer<String> seen) {
        this.store = Objects.requireNonNull(store, "store");
        this.seen = Objects.requireNonNull(seen, "seen");
    }

    @Override
    public Optional<String> get(String key) {
        Optional<String> secret = store.get(key);
        secret.ifPresent(seen);
        return secret;
    }

    @Override
    public void put(String key, String secret) {
        seen.accept(secret);
        store.put(key, secret);
    }

    @Override
    public void remove(String key) {
        store.remove(key);
    }

    @Override
    public Kind kind() {
        return store.kind();
    }

    @Override
    public Words where() {
        return store.where();
    }

    /** The store underneath, for callers that need its own type (e.g. the Demo-aware store). */
    public SecretStore underlying() {
        return store;
    }
}
