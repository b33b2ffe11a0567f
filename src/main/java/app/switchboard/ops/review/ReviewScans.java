package app.switchboard.ops.review;

import app.switchboard.paths.AppPaths;
import app.switchboard.client.Json;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.InputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last complete review scan of each environment, kept so that the Review opens on it at once
 * (with its "as of" time) while a new scan runs. It holds customer names, so it lives below the
 * data folder like the activity log, in a folder only the user can read, each file readable by the
 * user only; it is deleted with its environment ({@link #forgetting}) and ignored when the
 * environment's Fynn URL has changed since. A scan with failures is not kept: what is stored is
 * always a whole picture. Files that cannot be read are treated as absent.
 */
public final class ReviewScans {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewScans.class);
    private static final String SUFFIX = ".scan.gz";

    private final Path folder;
    private final ObjectMapper json = Json.newMapper();

    public ReviewScans(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    public static ReviewScans in(AppPaths paths) {
        return new ReviewScans(paths.data().resolve("review"));
    }

    /**
     * The file of {@code environment}'s scan, by its stable id (a renamed environment keeps it),
     * named by a digest so that any id makes a file name.
     */
    public Path fileOf(Environment environment) {
        return folder.resolve("scan-" + digestOf(environment) + SUFFIX);
    }

    /** Where an earlier version kept the scan as JSON: removed when the scan is kept again or forgotten. */
    private Path legacyFileOf(Environment environment) {
        return folder.resolve("scan-" + digestOf(environment) + ".json.gz");
    }

    private static String digestOf(Environment environment) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(environment.id().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The stored scan of {@code environment}, if there is one for its current Fynn URL. */
    public Optional<ReviewSnapshot> load(Environment environment) {
        Path file = fileOf(environment);
        try (InputStream stored = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            ByteBuffer in = ByteBuffer.wrap(stored.readAllBytes());
            ScanFile.Header header = ScanFile.header(in);
            if (header == null || !environment.id().equals(header.environment())
                    || !Objects.equals(environment.fynnUrl(), header.fynnUrl())) {
                return Optional.empty();
            }
            return Optional.of(ScanFile.snapshot(in, json, header));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The stored review scan {} cannot be read and is ignored: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * What {@code environment}'s stored scan says before its rows are read ({@link ScanPreview}): read
     * from the front of the file only. Empty when there is no stored scan for its current Fynn URL,
     * or one kept before previews were, or one that cannot be read (then {@link #load} says the rest).
     */
    public Optional<ScanPreview> preview(Environment environment) {
        Path file = fileOf(environment);
        try (DataInputStream stored = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
            int magic = stored.readInt();
            int version = stored.readInt();
            if (version != ScanFile.VERSION) {
                return Optional.empty();
            }
            int length = stored.readInt();
            byte[] front = stored.readNBytes(Math.max(0, length));
            ByteBuffer in = ByteBuffer.allocate(12 + front.length).putInt(magic).putInt(version).putInt(length).put(front).flip();
            ScanFile.Header header = ScanFile.header(in);
            if (header == null || !environment.id().equals(header.environment())
                    || !Objects.equals(environment.fynnUrl(), header.fynnUrl())) {
                return Optional.empty();
            }
            return Optional.of(ScanFile.preview(header, json));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The preview of the stored review scan {} cannot be read and is ignored: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code snapshot} as {@code environment}'s last scan, replacing the previous one whole
     * (written beside it, then moved over it). A scan with failures is not kept.
     */
    public void save(Environment environment, ReviewSnapshot snapshot) throws IOException {
        if (!snapshot.complete()) {
            return;
        }
        ScanFile.Header header = new ScanFile.Header(environment.id(), environment.fynnUrl(), snapshot.asOf(),
                snapshot.subscriptions(), snapshot.took().toMillis());
        Path dir = privateFolder();
        Path file = fileOf(environment);
        Path temporary = Files.getFileStore(dir).supportsFileAttributeView("posix")
                ? Files.createTempFile(dir, "scan-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "scan-", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                    new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16), 1 << 16))) {
                ScanFile.write(out, json, header, snapshot);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(legacyFileOf(environment));
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the stored scan of {@code environment}, if any. */
    public void delete(Environment environment) {
        try {
            Files.deleteIfExists(fileOf(environment));
            Files.deleteIfExists(legacyFileOf(environment));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the stored review scan of " + environment.name(), e);
        }
    }

    /** {@code store}, deleting an environment's stored scan when the environment is removed. */
    public EnvironmentStore forgetting(EnvironmentStore store) {
        return new app.switchboard.credentials.ForwardingEnvironmentStore(store) {
            @Override
            public void remove(String name) {
                Optional<Environment> removed = store.find(name);
                store.remove(name);
                removed.ifPresent(ReviewScans.this::delete);
            }
        };
    }

    private Path privateFolder() {
        // the folder is made private where the platform allows it (POSIX); on Windows the user's
        // local application data folder is already the user's own, as for the activity log
        return AppPaths.ensurePrivateDirectory(folder);
    }
}
