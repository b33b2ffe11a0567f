package app.switchboard.ui.settings;

import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.SecretStore;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Writes an environment and its secrets: the settings to the environment store, the secrets only
 * to the secret store. Blocking (the secret store may ask for the passphrase): run it in the
 * background.
 */
final class EnvironmentWriter {

    /**
     * What the operator asked for a secret: a new value, removal, or (both empty) keep what is stored.
     *
     * @param replacement the new secret, or null / empty to keep the stored one
     * @param remove      whether to delete the stored secret
     */
    record SecretChange(String replacement, boolean remove) {
        boolean replaces() {
            return replacement != null && !replacement.isEmpty();
        }

        boolean changes() {
            return replaces() || remove;
        }

        @Override
        public String toString() {
            return replaces() ? "SecretChange[new value]" : remove ? "SecretChange[remove]" : "SecretChange[keep]";
        }
    }

    private final EnvironmentStore environments;
    private final SecretStore secrets;

    EnvironmentWriter(EnvironmentStore environments, SecretStore secrets) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * Saves {@code environment} (replacing {@code previousName} when it was renamed) and applies the
     * secret changes.
     *
     * @return the APIs whose credentials changed
     */
    Set<Api> save(Environment environment, String previousName, SecretChange derSecret, SecretChange fynnKey) {
        Set<Api> changed = EnumSet.noneOf(Api.class);
        boolean renamed = previousName != null && !previousName.equals(environment.name());
        environments.save(environment);
        Environment previous = renamed ? environmentNamed(previousName, environment) : environment;
        if (apply(environment.derSecretKey(), previous.derSecretKey(), derSecret) || renamed) {
            changed.add(Api.DER_CONNECT);
        }
        if (apply(environment.fynnKeyKey(), previous.fynnKeyKey(), fynnKey) || renamed) {
            changed.add(Api.FYNN);
        }
        if (renamed) {
            environments.remove(previousName);
        }
        return changed;
    }

    /** Removes the environment and both of its secrets. */
    void remove(Environment environment) {
        environments.remove(environment.name());
        secrets.remove(environment.derSecretKey());
        secrets.remove(environment.fynnKeyKey());
    }

    /** Whether a secret is stored under {@code key}; the secret itself goes no further than this method. */
    boolean isStored(String key) {
        return secrets.get(key).isPresent();
    }

    /** Applies one secret change; a renamed environment's secret moves to its new key. */
    private boolean apply(String key, String previousKey, SecretChange change) {
        if (change.replaces()) {
            secrets.put(key, change.replacement());
        } else if (change.remove()) {
            secrets.remove(key);
        } else if (!key.equals(previousKey)) {
            secrets.get(previousKey).ifPresent(kept -> secrets.put(key, kept));
        }
        if (!key.equals(previousKey)) {
            secrets.remove(previousKey);
        }
        return change.changes();
    }

    /** Only the name matters for the secret keys, so the old keys come from the old name. */
    private static Environment environmentNamed(String name, Environment like) {
        return like.withName(name);
    }
}
