package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets for this session only: tests, and the Demo environment's generated credentials. */
public final class InMemorySecretStore implements SecretStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void put(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public void remove(String key) {
        secrets.remove(key);
    }

    @Override
    public Kind kind() {
        return Kind.MEMORY;
    }

    @Override
    public Words where() {
        return Words.of("credentials.store.memory");
    }

    @Override
    public String toString() {
        return "InMemorySecretStore[" + secrets.size() + " secrets]";
    }
}
