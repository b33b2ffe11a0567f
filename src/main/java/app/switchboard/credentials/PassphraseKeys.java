package app.switchboard.credentials;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keys derived from the master passphrase: PBKDF2-HMAC-SHA256 gives a master key, from which an
 * AES-256 encryption key and a passphrase check value are split off with HMAC, so that one slow
 * derivation serves both. Derived once per session and kept only in memory.
 */
final class PassphraseKeys {
    static final int SALT_BYTES = 16;
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec encryptionKey;
    private final byte[] check;

    private PassphraseKeys(SecretKeySpec encryptionKey, byte[] check) {
        this.encryptionKey = encryptionKey;
        this.check = check;
    }

    static PassphraseKeys derive(char[] passphrase, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] master = SecretKeyFactory.getInstance(SecretFile.KDF).generateSecret(spec).getEncoded();
            try {
                return new PassphraseKeys(new SecretKeySpec(hmac(master, "switchboard encryption key"), "AES"),
                        hmac(master, "switchboard passphrase check"));
            } finally {
                Arrays.fill(master, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2-HMAC-SHA256 is not available in this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    byte[] check() {
        return check.clone();
    }

    boolean matches(byte[] storedCheck) {
        return MessageDigest.isEqual(check, storedCheck);
    }

    byte[] encrypt(byte[] nonce, byte[] plaintext, byte[] associatedData) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(plaintext);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /** @throws AEADBadTagException when ciphertext or header were changed */
    byte[] decrypt(byte[] nonce, byte[] ciphertext, byte[] associatedData) throws AEADBadTagException {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext);
        } catch (AEADBadTagException e) {
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    private static byte[] hmac(byte[] key, String label) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(label.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
