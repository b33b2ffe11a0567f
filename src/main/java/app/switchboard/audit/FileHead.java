package app.switchboard.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Names a month's file by its first line: each line is an entry with its own id, so two files
 * under the same name with the same first line are the same file grown.
 */
final class FileHead {
    /** A first line is read this far at most (an entry is far shorter). */
    private static final int LONGEST = 64 * 1024;
    /** An entry's line fits in one read as a rule. */
    private static final int CHUNK = 2048;

    private FileHead() {
    }

    /**
     * The digest of the first whole line, or null when the file has none yet. Reads only as far as
     * that line's end; leaves the channel's position alone.
     */
    static String of(FileChannel channel) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(CHUNK);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        long at = 0;
        while (at < LONGEST) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                return null;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    line.write(buffer.array(), 0, i);
                    return digest(line.toByteArray(), line.size());
                }
            }
            line.write(buffer.array(), 0, read);
            at += read;
        }
        return null;
    }

    private static String digest(byte[] bytes, int length) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(bytes, 0, length);
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
