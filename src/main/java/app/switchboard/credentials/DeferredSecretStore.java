package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Chooses the real secret store on first use, not at start-up: probing the OS keychain can take
 * seconds and the Demo environment never needs it.
 */
public final class DeferredSecretStore implements SecretStore {
    private final Supplier<SecretStore> chooser;
    private volatile SecretStore chosen;

    public DeferredSecretStore(Supplier<SecretStore> chooser) {
        this.chooser = Objects.requireNonNull(chooser, "chooser");
    }

    /** The store in use, choosing it first if needed (may probe the keychain: not on the FX thread). */
    public SecretStore chosen() {
        return store();
    }

    private SecretStore store() {
        SecretStore local = chosen;
        if (local == null) {
            synchronized (this) {
                if (chosen == null) {
                    chosen = Objects.requireNonNull(chooser.get(), "chosen secret store");
                }
                local = chosen;
            }
        }
        return local;
    }

    @Override
    public Optional<String> get(String key) {
        return store().get(key);
    }

    @Override
    public void put(String key, String secret) {
        store().put(key, secret);
    }

    @Override
    public void remove(String key) {
        store().remove(key);
    }

    @Override
    public Kind kind() {
        return store().kind();
    }

    @Override
    public Words where() {
        return store().where();
    }
}
