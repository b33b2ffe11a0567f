package app.switchboard.credentials;

import java.nio.charset.StandardCharsets;

/**
 * The encrypted secret file as stored: a readable header and the AES-256-GCM ciphertext of the
 * secrets. Everything in the header is bound to the ciphertext as associated data, so changing
 * any of it is detected.
 *
 * @param check proves the passphrase before decrypting, so a wrong passphrase and a damaged
 *              file get different messages
 */
record SecretFile(String format, int version, String kdf, int iterations, String salt, String check, String nonce,
                  String ciphertext) {
    static final String FORMAT = "switchboard-secrets";
    static final int VERSION = 1;
    static final String KDF = "PBKDF2WithHmacSHA256";

    byte[] associatedData() {
        return (format + "|v" + version + "|" + kdf + "|" + iterations + "|" + salt)
                .getBytes(StandardCharsets.US_ASCII);
    }

    SecretFile withCiphertext(String newNonce, String newCiphertext) {
        return new SecretFile(format, version, kdf, iterations, salt, check, newNonce, newCiphertext);
    }

    @Override
    public String toString() {
        return "SecretFile[v" + version + ", " + kdf + ", " + iterations + " iterations]";
    }
}
