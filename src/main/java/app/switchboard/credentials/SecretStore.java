package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Optional;

/**
 * Where the DER client secrets and Fynn API keys live, under the keys an {@link Environment}
 * names. Implementations never log or print a secret. May block (keychain, passphrase prompt):
 * call it off the FX thread.
 */
public interface SecretStore {

    enum Kind {
        KEYCHAIN, ENCRYPTED_FILE, MEMORY
    }

    Optional<String> get(String key);

    void put(String key, String secret);

    void remove(String key);

    Kind kind();

    /** Where the secrets are kept, in words for Settings, e.g. "Encrypted file /home/ann/.local/share/switchboard/secrets.json (…)". */
    Words where();

    /** {@link #where()} in English, for the command line and log lines. */
    default String description() {
        return where().english();
    }
}
