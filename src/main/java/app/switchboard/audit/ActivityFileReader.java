package app.switchboard.audit;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Reads one monthly file line by line, skipping (and reporting) lines that do not parse. */
final class ActivityFileReader {
    private final Path file;
    private final ObjectMapper json;
    private final Consumer<SkippedLine> warnings;
    private final FileChannels files;

    ActivityFileReader(Path file, ObjectMapper json, Consumer<SkippedLine> warnings, FileChannels files) {
        this.file = file;
        this.json = json;
        this.warnings = warnings;
        this.files = files;
    }

    /** The entries in the first {@code length} bytes of the file; what was appended after is left for the next read. */
    Stream<ActivityEntry> entries(long length) {
        BufferedReader reader;
        try {
            // A decoder that replaces malformed bytes: a torn line may end inside a UTF-8 sequence.
            reader = new BufferedReader(new InputStreamReader(new FirstBytes(
                    Channels.newInputStream(files.open(file, StandardOpenOption.READ)), length), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ActivityLogException("Could not open the activity log " + file, e);
        }
        AtomicLong lineNumber = new AtomicLong();
        return reader.lines()
                .onClose(() -> close(reader))
                .map(line -> parse(line, lineNumber.incrementAndGet()))
                .filter(entry -> entry != null);
    }

    private ActivityEntry parse(String line, long number) {
        if (line.isBlank()) {
            return null;
        }
        try {
            ActivityEntry entry = json.readValue(line, ActivityEntry.class);
            if (entry == null) {
                throw new IllegalArgumentException("empty entry");
            }
            return entry;
        } catch (IOException | RuntimeException e) {
            warnings.accept(new SkippedLine(file, number, firstLine(e.getMessage())));
            return null;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** An input stream that ends after its first {@code remaining} bytes. */
    private static final class FirstBytes extends FilterInputStream {
        private long remaining;

        FirstBytes(InputStream in, long length) {
            super(in);
            this.remaining = length;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            remaining -= b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(buffer, offset, (int) Math.min(length, remaining));
            remaining -= Math.max(n, 0);
            return n;
        }
    }

    private static void close(BufferedReader reader) {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
