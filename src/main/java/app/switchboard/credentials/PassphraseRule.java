package app.switchboard.credentials;

import app.switchboard.text.Words;
import java.util.Optional;

/**
 * The one rule for a master passphrase, whether the secret file is being created or its
 * passphrase changed, in the window or on the command line: the file may be copied off the
 * machine, and a short passphrase is guessed offline in minutes despite the slow key derivation.
 */
public final class PassphraseRule {
    public static final int MINIMUM_LENGTH = 8;

    private PassphraseRule() {
    }

    /** What is wrong with {@code passphrase}, in words; empty when it may be used. */
    public static Optional<Words> problem(char[] passphrase) {
        int length = passphrase == null ? 0 : passphrase.length;
        return length < MINIMUM_LENGTH
                ? Optional.of(Words.of("credentials.passphrase.tooShort", String.valueOf(MINIMUM_LENGTH)))
                : Optional.empty();
    }

    /** @throws SecretStoreException ({@link SecretStoreException.Reason#WEAK_PASSPHRASE}) when the rule is not met */
    static void require(char[] passphrase) {
        problem(passphrase).ifPresent(words -> {
            throw new SecretStoreException(SecretStoreException.Reason.WEAK_PASSPHRASE, words, null);
        });
    }
}
