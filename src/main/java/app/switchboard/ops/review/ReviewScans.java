package app.switchboard.ops.review;

import app.switchboard.paths.AppPaths;
import app.switchboard.client.Json;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.EnvironmentStore;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.Feature;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
    private static final int VERSION = 2;
    private static final String SUFFIX = ".json.gz";

    private final Path folder;
    private final ObjectMapper json = Json.newMapper().registerModule(compactTimes());

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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(environment.id().getBytes(StandardCharsets.UTF_8));
            return folder.resolve("scan-" + HexFormat.of().formatHex(digest, 0, 16) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The stored scan of {@code environment}, if there is one for its current Fynn URL. */
    public Optional<ReviewSnapshot> load(Environment environment) {
        Path file = fileOf(environment);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            Stored stored = json.readValue(in, Stored.class);
            if (stored.version() != VERSION || !environment.id().equals(stored.environment())
                    || !Objects.equals(environment.fynnUrl(), stored.fynnUrl())) {
                return Optional.empty();
            }
            List<ReviewRow> rows = new ArrayList<>(stored.rows().size());
            for (StoredRow row : stored.rows()) {
                // the ranks were made with the same texts: the snapshot need not rank them again
                rows.add(new ReviewRow(row.customer(), row.subscriptionId(), row.subscriptionNumber(), row.entitlement())
                        .rankedAs(row.ranks()));
            }
            return Optional.of(new ReviewSnapshot(stored.asOf(), stored.subscriptions(), rows, stored.features(),
                    List.of(), Duration.ofMillis(stored.tookMillis())));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("The stored review scan {} cannot be read and is ignored: {}", file, e.toString());
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
        List<StoredRow> rows = new ArrayList<>(snapshot.rows().size());
        for (ReviewRow row : snapshot.rows()) {
            rows.add(new StoredRow(row.customer(), row.subscriptionId(), row.subscriptionNumber(), row.entitlement(),
                    row.ranks()));
        }
        Stored stored = new Stored(VERSION, environment.id(), environment.fynnUrl(), snapshot.asOf(),
                snapshot.subscriptions(), snapshot.took().toMillis(), snapshot.features(), rows);
        Path dir = privateFolder();
        Path file = fileOf(environment);
        Path temporary = Files.getFileStore(dir).supportsFileAttributeView("posix")
                ? Files.createTempFile(dir, "scan-", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, "scan-", ".tmp");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temporary), 1 << 16)) {
                json.writeValue(out, stored);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Deletes the stored scan of {@code environment}, if any. */
    public void delete(Environment environment) {
        try {
            Files.deleteIfExists(fileOf(environment));
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

    /** The file's content. Records for JSON; the rows' words and ranks are made again on reading. */
    record Stored(int version, String environment, String fynnUrl, Instant asOf, int subscriptions, long tookMillis,
                  List<Feature> features, List<StoredRow> rows) {
    }

    record StoredRow(ReviewCustomer customer, String subscriptionId, String subscriptionNumber, Entitlement entitlement,
                     int[] ranks) {
    }

    /**
     * Times as {@code [epoch second, nanos, offset seconds]}: reading 100,000 rows' ISO texts through
     * {@code DateTimeFormatter} was two fifths of opening a kept scan.
     */
    private static SimpleModule compactTimes() {
        SimpleModule module = new SimpleModule("compact-times");
        module.addSerializer(OffsetDateTime.class, new JsonSerializer<>() {
            @Override
            public void serialize(OffsetDateTime time, JsonGenerator out, SerializerProvider provider) throws IOException {
                out.writeStartArray();
                out.writeNumber(time.toEpochSecond());
                out.writeNumber(time.getNano());
                out.writeNumber(time.getOffset().getTotalSeconds());
                out.writeEndArray();
            }
        });
        module.addDeserializer(OffsetDateTime.class, new JsonDeserializer<>() {
            @Override
            public OffsetDateTime deserialize(JsonParser in, DeserializationContext context) throws IOException {
                long[] parts = in.readValueAs(long[].class);
                if (parts == null || parts.length != 3) {
                    throw new IOException("a kept time is [epoch second, nanos, offset seconds]");
                }
                return OffsetDateTime.ofInstant(Instant.ofEpochSecond(parts[0], parts[1]),
                        ZoneOffset.ofTotalSeconds((int) parts[2]));
            }
        });
        return module;
    }
}
