package app.switchboard.credentials;

import app.switchboard.paths.AppPaths;
import app.switchboard.text.Words;
import app.switchboard.files.AtomicReplace;
import app.switchboard.files.SidecarLock;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import javax.crypto.AEADBadTagException;

/**
 * Secrets in one AES-256-GCM encrypted file, for machines without a usable keychain. The key is
 * derived from a master passphrase (PBKDF2-HMAC-SHA256, {@value #DEFAULT_ITERATIONS} iterations,
 * random salt) once per session; every write uses a fresh random nonce, the file's header is
 * associated data, and the file is replaced atomically with mode 600 inside a 700 folder.
 * A wrong passphrase changes nothing; a file that fails authentication is never overwritten.
 */
public final class EncryptedFileSecretStore implements SecretStore {
    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final String FILE_NAME = "secrets.json";
    private static final TypeReference<TreeMap<String, String>> SECRETS = new TypeReference<>() {
    };

    private final Path file;
    private final PassphrasePrompt prompt;
    private final int iterations;
    private final AtomicReplace replace;
    private final ObjectMapper mapper = new ObjectMapper();
    private PassphraseKeys keys;
    private SecretFile unlockedHeader;
    private boolean lastWasWrong;

    public EncryptedFileSecretStore(Path file, PassphrasePrompt prompt) {
        this(file, prompt, DEFAULT_ITERATIONS);
    }

    /** @param iterations PBKDF2 iterations for new files; tests use fewer to stay fast */
    public EncryptedFileSecretStore(Path file, PassphrasePrompt prompt, int iterations) {
        this(file, prompt, iterations, AtomicReplace.standard());
    }

    /** @param replace how the file is replaced; tests pass one whose target is held by another program */
    public EncryptedFileSecretStore(Path file, PassphrasePrompt prompt, int iterations, AtomicReplace replace) {
        this.replace = Objects.requireNonNull(replace, "replace");
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.file = Objects.requireNonNull(file, "file");
        this.prompt = Objects.requireNonNull(prompt, "prompt");
        this.iterations = iterations;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Files.exists(file) ? Optional.ofNullable(read().get(key)) : Optional.empty();
    }

    @Override
    public synchronized void put(String key, String secret) {
        change(secrets -> {
            secrets.put(key, secret);
            return true;
        });
    }

    @Override
    public synchronized void remove(String key) {
        change(secrets -> secrets.remove(key) != null);
    }

    /**
     * Re-reads the file, applies {@code edit} and writes the result under the sidecar lock, so a
     * secret another process stored meanwhile is kept. The passphrase is asked before taking the
     * lock, so that other processes do not wait while the operator types.
     *
     * @param edit changes the secrets in place; returns whether anything changed
     */
    private void change(Predicate<Map<String, String>> edit) {
        if (keys == null && Files.exists(file)) {
            read();
        }
        locked(() -> {
            Map<String, String> secrets = Files.exists(file) ? read() : new TreeMap<>();
            if (edit.test(secrets)) {
                write(secrets);
            }
        });
    }

    private void locked(Runnable step) {
        SidecarLock.aroundUnchecked(file, () -> {
            step.run();
            return null;
        });
    }

    /** Whether the passphrase was entered in this session. */
    public synchronized boolean isUnlocked() {
        return keys != null;
    }

    /** Forgets the derived key; the next access asks for the passphrase again. */
    public synchronized void lock() {
        keys = null;
        unlockedHeader = null;
    }

    /**
     * Re-encrypts every secret under a new passphrase (and a new salt). A wrong {@code current}
     * passphrase changes nothing. Both arrays are wiped.
     */
    public synchronized void changePassphrase(char[] current, char[] replacement) {
        try {
            PassphraseRule.require(replacement);
            locked(() -> {
                Map<String, String> secrets = new TreeMap<>();
                if (Files.exists(file)) {
                    SecretFile stored = load();
                    PassphraseKeys given = PassphraseKeys.derive(current, decode(stored.salt()), stored.iterations());
                    if (!given.matches(decode(stored.check()))) {
                        throw wrongPassphrase();
                    }
                    secrets = decrypt(stored, given);
                }
                PassphraseKeys previousKeys = keys;
                SecretFile previousHeader = unlockedHeader;
                createKeys(replacement);
                try {
                    write(secrets);
                } catch (RuntimeException e) {
                    // the file still has the old passphrase, so this session keeps the old key
                    keys = previousKeys;
                    unlockedHeader = previousHeader;
                    throw e;
                }
            });
        } finally {
            Arrays.fill(current, '\0');
            Arrays.fill(replacement, '\0');
        }
    }

    @Override
    public Kind kind() {
        return Kind.ENCRYPTED_FILE;
    }

    @Override
    public Words where() {
        return Words.of("credentials.store.encryptedFile", file.toString());
    }

    private Map<String, String> read() {
        SecretFile stored = load();
        return decrypt(stored, keysFor(stored));
    }

    private PassphraseKeys keysFor(SecretFile stored) {
        if (keys != null && stored.salt().equals(unlockedHeader.salt())
                && stored.iterations() == unlockedHeader.iterations()) {
            return keys;
        }
        char[] passphrase = prompt.existingPassphrase(file.toString(), lastWasWrong);
        if (passphrase == null) {
            throw new SecretStoreException(SecretStoreException.Reason.LOCKED,
                    Words.of("credentials.secrets.locked"), null);
        }
        PassphraseKeys derived;
        try {
            derived = PassphraseKeys.derive(passphrase, decode(stored.salt()), stored.iterations());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        if (!derived.matches(decode(stored.check()))) {
            lastWasWrong = true;
            throw wrongPassphrase();
        }
        lastWasWrong = false;
        keys = derived;
        unlockedHeader = stored;
        return derived;
    }

    private Map<String, String> decrypt(SecretFile stored, PassphraseKeys with) {
        try {
            byte[] plain = with.decrypt(decode(stored.nonce()), decode(stored.ciphertext()), stored.associatedData());
            try {
                return mapper.readValue(plain, SECRETS);
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (AEADBadTagException e) {
            throw tampered("tag", e);
        } catch (IOException e) {
            throw tampered("unreadable", e);
        }
    }

    private void createKeys(char[] passphrase) {
        byte[] salt = PassphraseKeys.randomBytes(PassphraseKeys.SALT_BYTES);
        PassphraseKeys created = PassphraseKeys.derive(passphrase, salt, iterations);
        keys = created;
        unlockedHeader = new SecretFile(SecretFile.FORMAT, SecretFile.VERSION, SecretFile.KDF, iterations,
                encode(salt), encode(created.check()), null, null);
    }

    private void write(Map<String, String> secrets) {
        if (keys == null) {
            char[] passphrase = prompt.newPassphrase(file.toString());
            if (passphrase == null || passphrase.length == 0) {
                throw new SecretStoreException(SecretStoreException.Reason.LOCKED,
                        Words.of("credentials.secrets.notCreated"), null);
            }
            try {
                PassphraseRule.require(passphrase);
                createKeys(passphrase);
            } finally {
                Arrays.fill(passphrase, '\0');
            }
        }
        byte[] nonce = PassphraseKeys.randomBytes(PassphraseKeys.NONCE_BYTES);
        try {
            byte[] plain = mapper.writeValueAsBytes(secrets);
            byte[] sealed = keys.encrypt(nonce, plain, unlockedHeader.associatedData());
            Arrays.fill(plain, (byte) 0);
            SecretFile updated = unlockedHeader.withCiphertext(encode(nonce), encode(sealed));
            replaceAtomically(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(updated));
            unlockedHeader = updated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secret file " + file + ": " + e.getMessage(), e);
        }
    }

    private void replaceAtomically(byte[] content) throws IOException {
        Path dir = AppPaths.ensurePrivateDirectory(file.toAbsolutePath().getParent());
        boolean posix = Files.getFileStore(dir).supportsFileAttributeView("posix");
        replace.write(file, content, folder -> posix
                ? Files.createTempFile(folder, ".secrets-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, ".secrets-", ".tmp"));
    }

    private SecretFile load() {
        SecretFile stored;
        try {
            stored = mapper.readValue(file.toFile(), SecretFile.class);
        } catch (IOException e) {
            throw tampered("foreign", e);
        }
        if (!SecretFile.FORMAT.equals(stored.format()) || stored.salt() == null || stored.check() == null
                || stored.nonce() == null || stored.ciphertext() == null) {
            throw tampered("incomplete", null);
        }
        if (stored.version() != SecretFile.VERSION || !SecretFile.KDF.equals(stored.kdf())) {
            throw new SecretStoreException(SecretStoreException.Reason.UNAVAILABLE,
                    Words.of("credentials.secrets.newer", file.toString(), String.valueOf(stored.version())), null);
        }
        return stored;
    }

    private SecretStoreException wrongPassphrase() {
        return new SecretStoreException(SecretStoreException.Reason.WRONG_PASSPHRASE,
                Words.of("credentials.secrets.wrongPassphrase"), null);
    }

    /** @param why the key of what is wrong with the file, below {@code credentials.secrets.damage.} */
    private SecretStoreException tampered(String why, Throwable cause) {
        return new SecretStoreException(SecretStoreException.Reason.TAMPERED, Words.of("credentials.secrets.tampered",
                file.toString(), Words.of("credentials.secrets.damage." + why)), cause);
    }

    private static String encode(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private byte[] decode(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw tampered("base64", e);
        }
    }
}
