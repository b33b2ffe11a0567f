package app.switchboard.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the log forward from a {@link LogPosition}, for whoever ships it elsewhere (the team log).
 * Only whole lines count: a line still being written, or torn by a crash, has no newline yet and is
 * left for later (a torn one is moved aside by the next append, and a whole line takes its place).
 */
final class ActivityTail {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityTail.class);
    private static final int CHUNK = 64 * 1024;

    private final ActivityLog log;
    private final ObjectMapper json;
    private final Consumer<SkippedLine> warnings;

    ActivityTail(ActivityLog log, ObjectMapper json, Consumer<SkippedLine> warnings) {
        this.log = log;
        this.json = json;
        this.warnings = warnings;
    }

    List<LoggedLine> after(LogPosition position, int max) {
        List<LoggedLine> lines = new ArrayList<>();
        for (Path file : log.monthFiles(null, null)) {
            YearMonth month = ActivityLog.monthOf(file);
            if (month.isBefore(position.month())) {
                continue;
            }
            readWholeLines(file, month, position, max - lines.size(), lines);
            if (lines.size() >= max) {
                break;
            }
        }
        return lines;
    }

    /** How many whole lines lie after {@code position} (unreadable ones included). */
    long countAfter(LogPosition position) {
        long count = 0;
        for (Path file : log.monthFiles(null, null)) {
            YearMonth month = ActivityLog.monthOf(file);
            if (month.isBefore(position.month())) {
                continue;
            }
            count += countNewlines(file, month, position);
        }
        return count;
    }

    private void readWholeLines(Path file, YearMonth month, LogPosition position, int max, List<LoggedLine> out) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long from = startOf(file, channel, month, position);
            if (channel.size() <= from) {
                return;
            }
            // names the file in the positions handed out, so a replacement is told apart later
            String head = FileHead.of(channel);
            channel.position(from);
            InputStream in = Channels.newInputStream(channel);
            byte[] chunk = new byte[CHUNK];
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            long lineStart = from;
            long at = from;
            int read;
            int taken = 0;
            while (taken < max && (read = in.read(chunk)) > 0) {
                for (int i = 0; i < read && taken < max; i++) {
                    at++;
                    if (chunk[i] != '\n') {
                        line.write(chunk[i]);
                        continue;
                    }
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    LogPosition next = new LogPosition(month, at, head);
                    ActivityEntry entry = parse(file, text, lineStart);
                    lineStart = at;
                    if (entry != null) {
                        out.add(new LoggedLine(entry, text, next));
                        taken++;
                    } else if (!text.isBlank()) {
                        // an unreadable line is passed over, but its position still moves the reader on
                        out.add(new LoggedLine(null, text, next));
                    }
                }
            }
        } catch (IOException e) {
            throw new ActivityLogException("Could not read the activity log " + file, e);
        }
    }

    /**
     * Where to go on reading {@code file} from {@code position}. Lines are never removed, so a file
     * whose first line is not the one the position was reached after, or one shorter than the
     * position, is another file under the same name (the old one was moved away): it is read from
     * its start. The team log takes each entry once by its id, so reading again costs nothing twice.
     */
    private static long startOf(Path file, FileChannel channel, YearMonth month, LogPosition position)
            throws IOException {
        if (!month.equals(position.month())) {
            return 0;
        }
        if (position.head() != null && !position.head().equals(FileHead.of(channel))) {
            LOG.warn("{} begins with another line than when it was read up to byte {}; it was replaced, so it is "
                    + "read from its start", file, position.offset());
            return 0;
        }
        if (channel.size() >= position.offset()) {
            return position.offset();
        }
        LOG.warn("{} is shorter ({} bytes) than the position reached in it ({}); it was replaced, so it is read "
                + "from its start", file, channel.size(), position.offset());
        return 0;
    }

    private ActivityEntry parse(Path file, String text, long offset) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return json.readValue(text, ActivityEntry.class);
        } catch (IOException | RuntimeException e) {
            warnings.accept(new SkippedLine(file, -1, "at byte " + offset + ": " + e.getClass().getSimpleName()));
            return null;
        }
    }

    private static long countNewlines(Path file, YearMonth month, LogPosition position) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long from = startOf(file, channel, month, position);
            if (channel.size() <= from) {
                return 0;
            }
            channel.position(from);
            InputStream in = Channels.newInputStream(channel);
            byte[] chunk = new byte[CHUNK];
            long count = 0;
            int read;
            while ((read = in.read(chunk)) > 0) {
                for (int i = 0; i < read; i++) {
                    if (chunk[i] == '\n') {
                        count++;
                    }
                }
            }
            return count;
        } catch (IOException e) {
            throw new ActivityLogException("Could not read the activity log " + file, e);
        }
    }
}
