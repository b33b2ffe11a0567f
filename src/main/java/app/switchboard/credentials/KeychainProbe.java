package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.time.Duration;
import java.util.Objects;

/**
 * What asking the OS keychain found: it answered (and can be used), there is none (no backend on
 * this machine), or it did not answer in time (a prompt waiting for the operator, a locked keyring).
 *
 * @param store  the keychain, when it answered
 * @param reason why there is none or how long was waited, for the operator
 */
public record KeychainProbe(Result result, SecretStore store, Words reason) {
    public enum Result {
        ANSWERED, NONE, SLOW
    }

    public KeychainProbe {
        Objects.requireNonNull(result, "result");
        if ((result == Result.ANSWERED) != (store != null)) {
            throw new IllegalArgumentException("a store comes with an answer, and only then");
        }
    }

    public static KeychainProbe answered(SecretStore keychain) {
        return new KeychainProbe(Result.ANSWERED, keychain, null);
    }

    public static KeychainProbe none(String why) {
        return new KeychainProbe(Result.NONE, null, Words.verbatim(why));
    }

    public static KeychainProbe slow(Duration waited) {
        return new KeychainProbe(Result.SLOW, null, Words.of("credentials.keychain.waited",
                String.valueOf(waited.toSeconds())));
    }
}
