package app.switchboard.testsupport;

import app.switchboard.credentials.SecretStore;
import app.switchboard.text.Words;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A secret store that compares keys ignoring case, as Windows Credential Manager compares target
 * names: {@code switchboard/Staging/…} and {@code switchboard/staging/…} are one entry. Writes can
 * be made to fail for chosen keys, to play a keychain that refuses.
 */
public final class CaseInsensitiveSecretStore implements SecretStore {
    private final Map<String, String> entries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Predicate<String> refusePut = key -> false;

    public synchronized CaseInsensitiveSecretStore refusingPutsTo(Predicate<String> keys) {
        this.refusePut = keys;
        return this;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, String secret) {
        if (refusePut.test(key)) {
            throw new IllegalStateException("the keychain refused " + key);
        }
        entries.remove(key);
        entries.put(key, secret);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    /** The stored keys as the store spells them, lower-cased for comparison. */
    public synchronized java.util.Set<String> keysLowerCase() {
        return entries.keySet().stream().map(k -> k.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public Kind kind() {
        return Kind.KEYCHAIN;
    }

    @Override
    public Words where() {
        return Words.verbatim("case-insensitive test keychain");
    }
}
