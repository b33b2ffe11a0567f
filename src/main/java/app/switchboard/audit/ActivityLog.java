package app.switchboard.audit;

import app.switchboard.client.KnownSecrets;
import app.switchboard.paths.AppPaths;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The append-only activity log: JSON Lines, one file per month ({@code activity-2026-11.jsonl},
 * months in UTC). Every append is one {@code write} of one complete line followed by
 * {@link FileChannel#force}, so when {@link #append} returns the entry is on disk, and a crash can
 * at worst leave the line being written torn; earlier lines are never rewritten. Reading skips
 * unreadable lines (such as that torn last line) and reports each to the warning listener; the
 * next append moves a torn end aside before writing.
 *
 * <p>Appending processes take turns through an exclusive lock on a sidecar file
 * ({@code activity.lock}), never on a month's file: Windows makes a locked region unreadable to
 * every other handle, even the locking process's own, so a lock on the data file would stop both
 * the appender's own tail check and the app's reader. The month's file is read and written through
 * one channel.
 */
public final class ActivityLog {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);
    private static final String PREFIX = "activity-";
    private static final String SUFFIX = ".jsonl";
    static final String LOCK_FILE = "activity.lock";
    /*
     * One lock for the whole JVM: the file lock below keeps other processes out, but Java forbids
     * two overlapping file locks in one JVM, which two ActivityLog instances on one folder would take.
     */
    private static final Object APPEND_LOCK = new Object();
    private static final int MAX_TORN_BYTES = 1 << 20;

    private final Path dir;
    private final ObjectMapper json;
    private final Consumer<SkippedLine> warnings;
    private final KnownSecrets secrets;
    private final FileChannels files;
    private volatile boolean folderReady;

    public ActivityLog(Path dir) {
        this(dir, skipped -> LOG.warn("{}", skipped));
    }

    public ActivityLog(Path dir, Consumer<SkippedLine> warnings) {
        this(dir, warnings, new KnownSecrets(), FileChannels.SYSTEM);
    }

    ActivityLog(Path dir, Consumer<SkippedLine> warnings, FileChannels files) {
        this(dir, warnings, new KnownSecrets(), files);
    }

    private ActivityLog(Path dir, Consumer<SkippedLine> warnings, KnownSecrets secrets, FileChannels files) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.files = Objects.requireNonNull(files, "files");
        this.json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .registerModule(LoggedWords.module())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ActivityLog in(AppPaths paths) {
        return new ActivityLog(paths.activity());
    }

    /** The same log, masking every secret {@code known} knows in each line before it is written. */
    public ActivityLog masking(KnownSecrets known) {
        return new ActivityLog(dir, warnings, known, files);
    }

    public Path folder() {
        return dir;
    }

    public Path fileFor(YearMonth month) {
        return dir.resolve(PREFIX + month + SUFFIX);
    }

    /** Writes the entry and forces it to disk before returning. Safe to call from any thread. */
    public void append(ActivityEntry entry) {
        byte[] line = toLine(entry.masked(secrets::mask));
        YearMonth own = YearMonth.from(entry.time().atOffset(ZoneOffset.UTC));
        synchronized (APPEND_LOCK) {
            Path file = fileFor(own);
            try {
                if (!folderReady) {
                    AppPaths.ensurePrivateDirectory(dir);
                    folderReady = true;
                }
                boolean created;
                try (FileChannel lockChannel = files.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                     FileLock ignored = lockChannel.lock()) {
                    file = fileFor(monthToWrite(own));
                    created = Files.notExists(file);
                    try (FileChannel channel = files.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                            StandardOpenOption.WRITE)) {
                        long end = cutTornEnd(file, channel);
                        writeFully(channel, ByteBuffer.wrap(line), end);
                        channel.force(true);
                    }
                }
                if (created) {
                    forceDirectory();
                }
            } catch (IOException | UncheckedIOException e) {
                throw new ActivityLogException("Could not write the activity log " + file, e);
            }
        }
    }

    /**
     * The entry's own month, or the newest month's file when one is already there: an entry made
     * before a month's end but written after the next month's first (it waited for another
     * process's append, or its clock read came just before) must not go behind a reader that has moved on to the new month, such as the team
     * log's replicator. Called under the append lock, so no process creates a newer file meanwhile.
     */
    private YearMonth monthToWrite(YearMonth own) {
        List<Path> existing = monthFiles(null, null);
        YearMonth newest = existing.isEmpty() ? null : monthOf(existing.get(existing.size() - 1));
        return newest != null && newest.isAfter(own) ? newest : own;
    }

    /** Entries matching the query, oldest first, read lazily month by month. Close the stream. */
    public Stream<ActivityEntry> query(ActivityQuery query) {
        return monthFiles(query.from(), query.until()).stream()
                .flatMap(file -> new ActivityFileReader(file, json, warnings, files).entries(wholeLength(file)))
                .filter(query::matches);
    }

    /**
     * Up to {@code max} entries written after {@code position}, oldest first, each with the position
     * after it; an unreadable line comes with a null entry, so a reader can move past it.
     */
    public List<LoggedLine> after(LogPosition position, int max) {
        return new ActivityTail(this, json, warnings).after(position, max);
    }

    /** How many lines were written after {@code position}. */
    public long countAfter(LogPosition position) {
        return new ActivityTail(this, json, warnings).countAfter(position);
    }

    /** An entry from a line as this log writes it (the team log keeps those lines). */
    public ActivityEntry decode(String line) {
        try {
            return json.readValue(line, ActivityEntry.class);
        } catch (IOException e) {
            throw new ActivityLogException("Could not read an activity entry", e);
        }
    }

    /**
     * How much of the month's file holds whole appends: its length taken under a shared lock on the
     * sidecar, which waits for an append in progress (in this or another process) to finish. A
     * reader stops there, so a line being written meanwhile is not mistaken for a torn one. When the
     * lock cannot be had (a read-only folder), the length as it is.
     */
    private long wholeLength(Path file) {
        synchronized (APPEND_LOCK) {
            try (FileChannel lockChannel = files.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock(0, Long.MAX_VALUE, true)) {
                return Files.size(file);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.debug("Reading {} without the append lock", file, e);
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    throw new ActivityLogException("Could not read the activity log " + file, gone);
                }
            }
        }
    }

    /** The monthly files that can hold entries in [from, until), oldest first. */
    List<Path> monthFiles(Instant from, Instant until) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        YearMonth first = from == null ? null : YearMonth.from(from.atOffset(ZoneOffset.UTC));
        // an entry written just after its month ended is in the next month's file (see monthToWrite)
        YearMonth last = until == null ? null : YearMonth.from(until.atOffset(ZoneOffset.UTC)).plusMonths(1);
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

    static YearMonth monthOf(Path file) {
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

    /**
     * A crash may have left the last line without its newline. Its write never returned, so no one
     * was told about it; it is moved to a {@code .torn} file beside the month's file (kept for
     * inspection) and cut off, so that the log again holds only whole lines and the new entry starts
     * on its own.
     */
    private static long cutTornEnd(Path file, FileChannel channel) throws IOException {
        long size = channel.size();
        if (size == 0) {
            return 0;
        }
        long keep = endOfLastWholeLine(channel, size);
        if (keep == size) {
            return size;
        }
        ByteBuffer torn = ByteBuffer.allocate((int) Math.min(size - keep, MAX_TORN_BYTES));
        channel.read(torn, keep);
        torn.flip();
        Path tornFile = file.resolveSibling(file.getFileName() + ".torn");
        try (FileChannel aside = FileChannel.open(tornFile, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            writeFully(aside, torn);
            writeFully(aside, ByteBuffer.wrap(new byte[]{'\n'}));
            aside.force(true);
        }
        channel.truncate(keep);
        LOG.warn("Moved the torn end of {} ({} bytes from an interrupted write) to {}",
                file.getFileName(), size - keep, tornFile.getFileName());
        return keep;
    }

    /** Position just after the last newline, or the size itself when the file ends with one. */
    private static long endOfLastWholeLine(FileChannel reader, long size) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(8192);
        long end = size;
        while (end > 0) {
            int length = (int) Math.min(chunk.capacity(), end);
            long start = end - length;
            chunk.clear().limit(length);
            while (chunk.hasRemaining() && reader.read(chunk, start + chunk.position()) >= 0) {
                // a positional read may return fewer bytes than asked
            }
            for (int i = length - 1; i >= 0; i--) {
                if (chunk.get(i) == '\n') {
                    return start + i + 1;
                }
            }
            end = start;
        }
        return 0;
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
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
