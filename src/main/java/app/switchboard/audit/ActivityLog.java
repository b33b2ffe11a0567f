package app.switchboard.audit;

import app.switchboard.AppPaths;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The append-only activity log: JSON Lines, one file per month ({@code activity-2026-11.jsonl},
 * months in UTC). Every append is one {@code write} of one complete line followed by
 * {@link FileChannel#force}, so when {@link #append} returns the entry is on disk, and a crash can
 * at worst leave the line being written torn; earlier lines are never rewritten. Reading skips
 * unreadable lines and reports each to the warning listener.
 */
public final class ActivityLog {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);
    private static final String PREFIX = "activity-";
    private static final String SUFFIX = ".jsonl";
    /*
     * One lock for the whole JVM: the file lock below keeps other processes out, but Java forbids
     * two overlapping file locks in one JVM, which two ActivityLog instances on one folder would take.
     */
    private static final Object APPEND_LOCK = new Object();

    private final Path dir;
    private final ObjectMapper json;
    private final Consumer<SkippedLine> warnings;

    public ActivityLog(Path dir) {
        this(dir, skipped -> LOG.warn("{}", skipped));
    }

    public ActivityLog(Path dir, Consumer<SkippedLine> warnings) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ActivityLog in(AppPaths paths) {
        return new ActivityLog(paths.activity());
    }

    public Path folder() {
        return dir;
    }

    public Path fileFor(YearMonth month) {
        return dir.resolve(PREFIX + month + SUFFIX);
    }

    /** Writes the entry and forces it to disk before returning. Safe to call from any thread. */
    public void append(ActivityEntry entry) {
        byte[] line = toLine(entry);
        Path file = fileFor(YearMonth.from(entry.time().atOffset(ZoneOffset.UTC)));
        synchronized (APPEND_LOCK) {
            try {
                AppPaths.ensurePrivateDirectory(dir);
                boolean created = Files.notExists(file);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                     FileLock ignored = channel.lock()) {
                    endTornLine(file, channel);
                    writeFully(channel, ByteBuffer.wrap(line));
                    channel.force(true);
                }
                if (created) {
                    forceDirectory();
                }
            } catch (IOException | UncheckedIOException e) {
                throw new ActivityLogException("Could not write the activity log " + file, e);
            }
        }
    }

    /** Entries matching the query, oldest first, read lazily month by month. Close the stream. */
    public Stream<ActivityEntry> query(ActivityQuery query) {
        return monthFiles(query.from(), query.until()).stream()
                .flatMap(file -> new ActivityFileReader(file, json, warnings).entries())
                .filter(query::matches);
    }

    /** The monthly files that can hold entries in [from, until), oldest first. */
    List<Path> monthFiles(Instant from, Instant until) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        YearMonth first = from == null ? null : YearMonth.from(from.atOffset(ZoneOffset.UTC));
        YearMonth last = until == null ? null : YearMonth.from(until.atOffset(ZoneOffset.UTC));
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> monthOf(f) != null)
                    .filter(f -> first == null || !monthOf(f).isBefore(first))
                    .filter(f -> last == null || !monthOf(f).isAfter(last))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ActivityLogException("Could not list the activity log folder " + dir, e);
        }
    }

    private static YearMonth monthOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return null;
        }
        try {
            return YearMonth.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] toLine(ActivityEntry entry) {
        try {
            // JSON escapes control characters inside strings, so the line holds no raw newline.
            return (json.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new ActivityLogException("Could not encode an activity entry", e);
        }
    }

    /** A crash may have left a line without its newline; end it so the new entry starts clean. */
    private static void endTornLine(Path file, FileChannel appendChannel) throws IOException {
        long size = appendChannel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer lastByte = ByteBuffer.allocate(1);
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            reader.read(lastByte, size - 1);
        }
        if (lastByte.get(0) != '\n') {
            writeFully(appendChannel, ByteBuffer.wrap(new byte[]{'\n'}));
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Makes a new month's file name itself durable; not every platform can open a folder, which is fine. */
    private void forceDirectory() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Folder {} cannot be forced on this platform", dir, e);
        }
    }
}
