package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps the Demo environment's credentials, generated at every start, in memory and everything
 * else in the persistent store, so that starting the Demo never touches the keychain or asks for
 * the master passphrase.
 */
public final class DemoAwareSecretStore implements SecretStore {
    private final SecretStore persistent;
    private final SecretStore session = new InMemorySecretStore();
    private final String demoPrefix = "switchboard/" + Environment.DEMO_NAME + "/";

    public DemoAwareSecretStore(SecretStore persistent) {
        this.persistent = Objects.requireNonNull(persistent, "persistent");
    }

    @Override
    public Optional<String> get(String key) {
        return storeFor(key).get(key);
    }

    @Override
    public void put(String key, String secret) {
        storeFor(key).put(key, secret);
    }

    @Override
    public void remove(String key) {
        storeFor(key).remove(key);
    }

    @Override
    public Kind kind() {
        return persistent.kind();
    }

    @Override
    public Words where() {
        return persistent.where();
    }

    /** The store that keeps everything but the Demo credentials. */
    public SecretStore persistent() {
        return persistent;
    }

    private SecretStore storeFor(String key) {
        return key.startsWith(demoPrefix) ? session : persistent;
    }
}
