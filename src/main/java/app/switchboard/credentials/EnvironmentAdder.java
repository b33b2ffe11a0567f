package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds a new environment and its secrets as one step, for the window and the command line alike:
 * the settings are checked first, the environment is added (failing if the name is taken, checked
 * and written in one locked step), the secrets are stored last, and a failure on the way takes back
 * what was done. A secret left under the new environment's keys by an earlier environment of the
 * same name is removed rather than quietly adopted.
 */
public final class EnvironmentAdder {
    private static final Logger log = LoggerFactory.getLogger(EnvironmentAdder.class);

    /**
     * What the add did.
     *
     * @param stored         how many secrets were stored
     * @param leftoverUnknown whether secrets of an earlier environment of this name may still be
     *                       stored: nothing was given to store and the secret file stayed locked
     */
    public record Added(Environment environment, int stored, boolean leftoverUnknown) {
    }

    private final EnvironmentStore environments;
    private final SecretStore secrets;

    public EnvironmentAdder(EnvironmentStore environments, SecretStore secrets) {
        this.environments = Objects.requireNonNull(environments, "environments");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /**
     * @param derSecret the DER client secret, or null / blank for none
     * @param fynnKey   the Fynn API key, or null / blank for none
     * @throws InvalidEnvironmentException    when the settings cannot be saved (nothing was written)
     * @throws EnvironmentExistsException     when the name is taken (nothing was written)
     */
    public Added add(Environment environment, String derSecret, String fynnKey) {
        List<Words> problems = EnvironmentCheck.problems(environment);
        if (!problems.isEmpty()) {
            throw new InvalidEnvironmentException(environment.name(), problems);
        }
        Map<String, String> given = new LinkedHashMap<>();
        given.put(environment.derSecretKey(), blankToNull(derSecret));
        given.put(environment.fynnKeyKey(), blankToNull(fynnKey));
        environments.add(environment);
        List<String> written = new ArrayList<>();
        try {
            for (var secret : given.entrySet()) {
                if (secret.getValue() != null) {
                    secrets.put(secret.getKey(), secret.getValue());
                    written.add(secret.getKey());
                }
            }
            boolean leftoverUnknown = removeLeftovers(given, !written.isEmpty());
            return new Added(environment, written.size(), leftoverUnknown);
        } catch (RuntimeException e) {
            rollBack(environment, written, e);
            throw e;
        }
    }

    /** Returns whether leftovers could not be looked for. */
    private boolean removeLeftovers(Map<String, String> given, boolean storeOpen) {
        for (var secret : given.entrySet()) {
            if (secret.getValue() == null) {
                try {
                    secrets.remove(secret.getKey());
                } catch (SecretStoreException e) {
                    // with nothing to store, a locked secret file is no reason to refuse the add
                    if (storeOpen || e.reason() != SecretStoreException.Reason.LOCKED) {
                        throw e;
                    }
                    return true;
                }
            }
        }
        return false;
    }

    private void rollBack(Environment environment, List<String> written, RuntimeException cause) {
        for (String key : written) {
            try {
                secrets.remove(key);
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
                log.warn("Could not take back the secret {} after a failed add", key, e);
            }
        }
        try {
            environments.remove(environment.name());
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            log.warn("Could not take back the environment {} after a failed add", environment.name(), e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The settings of a new environment cannot be saved; nothing was written. */
    public static final class InvalidEnvironmentException extends IllegalArgumentException
            implements app.switchboard.text.Worded {
        private static final long serialVersionUID = 1L;
        private final transient Words words;

        public InvalidEnvironmentException(String name, List<Words> problems) {
            this(Words.of("credentials.add.invalid", name, problems.stream()
                    .reduce((a, b) -> Words.of("credentials.add.problems", a, b)).orElseThrow()));
        }

        private InvalidEnvironmentException(Words words) {
            super(words.english());
            this.words = words;
        }

        @Override
        public Words words() {
            return words;
        }
    }
}
