package app.switchboard.audit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;

/**
 * Opens the log's files. A seam so that tests can watch which channels are open at once and hold
 * them to Windows' rule that a locked region cannot be read or written through any other handle,
 * not even one of the locking process.
 */
@FunctionalInterface
interface FileChannels {
    FileChannels SYSTEM = FileChannel::open;

    FileChannel open(Path file, OpenOption... options) throws IOException;
}
