package app.switchboard.ui.settings;

import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentAdder;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.credentials.SecretStore;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
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
        if (previousName == null) {
            new EnvironmentAdder(environments, secrets).add(environment, derSecret.replacement(), fynnKey.replacement());
            if (derSecret.replaces()) {
                changed.add(Api.DER_CONNECT);
            }
            if (fynnKey.replaces()) {
                changed.add(Api.FYNN);
            }
            return changed;
        }
        boolean renamed = !previousName.equals(environment.name());
        environments.save(environment);
        Environment previous = renamed ? environment.withName(previousName) : environment;
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
        if (key.equals(previousKey)) {
            if (change.replaces()) {
                secrets.put(key, change.replacement());
            } else if (change.remove()) {
                secrets.remove(key);
            }
            return change.changes();
        }
        move(previousKey, key, change);
        return change.changes();
    }

    /**
     * Moves a secret to the renamed environment's key. The old entry is removed before the new one
     * is written: Windows Credential Manager compares names ignoring case, so after a rename by case
     * only, removing the old name last would remove the secret just written. Should writing fail,
     * the old entry is put back.
     */
    private void move(String previousKey, String key, SecretChange change) {
        Optional<String> previous = secrets.get(previousKey);
        String value = change.replaces() ? change.replacement() : change.remove() ? null : previous.orElse(null);
        secrets.remove(previousKey);
        try {
            if (value == null) {
                secrets.remove(key);
            } else {
                secrets.put(key, value);
            }
        } catch (RuntimeException e) {
            previous.ifPresent(kept -> secrets.put(previousKey, kept));
            throw e;
        }
    }
}
