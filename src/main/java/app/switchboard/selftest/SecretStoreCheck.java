package app.switchboard.selftest;

import app.switchboard.credentials.SecretStore;
import java.util.Optional;
import java.util.UUID;

/**
 * The secret store this installation really uses (keychain, Credential Manager, Secret Service or
 * the encrypted file), with a throwaway key that is removed again: put, get, a rename that changes
 * only the case done as the app does it (Windows compares credential names without case), remove.
 */
public final class SecretStoreCheck {
    public static final String NAME = "secret store";

    private SecretStoreCheck() {
    }

    public static CheckResult run(SecretStore store) {
        String id = UUID.randomUUID().toString();
        String key = "Switchboard self-test " + id + "/probe";
        String renamed = "SWITCHBOARD SELF-TEST " + id + "/probe";
        String secret = "self-test-" + UUID.randomUUID();
        try {
            store.put(key, secret);
            expect(store.get(key), secret, "reading back what was just stored");
            // the app's rename (EnvironmentWriter): the old entry goes first, since in a keychain that
            // compares names without case (Windows) removing it after writing would remove the new one
            store.remove(key);
            store.put(renamed, secret);
            expect(store.get(renamed), secret, "reading it after a rename that changed only the case");
            store.remove(renamed);
            if (store.get(renamed).isPresent() || store.get(key).isPresent()) {
                throw new CheckFailure("the secret is still there after removing it");
            }
            return CheckResult.ok(NAME, "stored, read back, renamed by case only and removed a throwaway secret in the "
                    + store.description());
        } catch (CheckFailure e) {
            return CheckResult.failed(NAME, e.getMessage() + " (" + store.description() + ")");
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, String.valueOf(e.getMessage()));
        } finally {
            cleanUp(store, key);
            cleanUp(store, renamed);
        }
    }

    private static void expect(Optional<String> found, String secret, String doing) throws CheckFailure {
        if (found.isEmpty()) {
            throw new CheckFailure("the secret was gone when " + doing);
        }
        if (!found.get().equals(secret)) {
            // never the values themselves: a secret store's contents stay out of every output
            throw new CheckFailure("another value came back when " + doing);
        }
    }

    private static void cleanUp(SecretStore store, String key) {
        try {
            store.remove(key);
        } catch (RuntimeException ignored) {
            // already reported by the check itself, or the key was never written
        }
    }
}
