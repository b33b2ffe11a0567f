package app.switchboard.credentials;

import app.switchboard.files.AtomicReplace;
import app.switchboard.files.SidecarLock;
import app.switchboard.paths.AppPaths;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where this user's secrets live, chosen once and remembered in {@code secret-store.json} in the
 * config folder, so that a keychain that is slow one morning never sends a run to the encrypted
 * file (which would ask for a new master passphrase and seem to have lost every secret).
 */
public final class SecretStoreChoice {
    private static final Logger log = LoggerFactory.getLogger(SecretStoreChoice.class);
    public static final String FILE_NAME = "secret-store.json";

    /** The file's shape. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(SecretStore.Kind store) {
    }

    private final Path file;
    private final AtomicReplace replace;
    private final ObjectMapper json = new ObjectMapper();

    public SecretStoreChoice(AppPaths paths) {
        this(paths.config().resolve(FILE_NAME), AtomicReplace.standard());
    }

    public SecretStoreChoice(Path file, AtomicReplace replace) {
        this.file = Objects.requireNonNull(file, "file");
        this.replace = Objects.requireNonNull(replace, "replace");
    }

    public Path file() {
        return file;
    }

    /** The remembered store; empty before the first choice (or when the file cannot be read, which is logged). */
    public Optional<SecretStore.Kind> remembered() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = json.readValue(file.toFile(), Stored.class);
            return Optional.ofNullable(stored == null ? null : stored.store())
                    .filter(kind -> kind != SecretStore.Kind.MEMORY);
        } catch (IOException e) {
            log.warn("Cannot read the secret store choice in {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Remembers {@code kind}, replacing an earlier choice (the operator asked for it). */
    public void remember(SecretStore.Kind kind) {
        SidecarLock.aroundUnchecked(file, () -> {
            write(kind);
            return null;
        });
    }

    /**
     * Remembers {@code kind} unless a choice was made meanwhile (by another Switchboard process);
     * returns the choice that stands.
     */
    public SecretStore.Kind rememberIfUnset(SecretStore.Kind kind) {
        return SidecarLock.aroundUnchecked(file, () -> {
            Optional<SecretStore.Kind> earlier = remembered();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            write(kind);
            return kind;
        });
    }

    private void write(SecretStore.Kind kind) throws IOException {
        AppPaths.ensurePrivateDirectory(file.toAbsolutePath().getParent());
        replace.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Stored(kind)),
                AtomicReplace.TempFiles.named(".secret-store-"));
        log.info("Secrets live in the {} from now on (remembered in {})", kind, file);
    }
}
