package app.switchboard.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises every read → change → write of a shared file across processes (the console and any
 * number of command-line runs) with an exclusive lock on {@code <file>.lock} beside it. The lock
 * is never taken on the data file itself: on Windows a locked region cannot be read through a
 * second handle, and the atomic replace swaps the data file's inode under any lock held on it.
 * The lock file is left in place; deleting it would let two processes lock different files.
 */
public final class SidecarLock {
    public static final String SUFFIX = ".lock";

    /**
     * One lock per file for this whole process: the operating system grants a file lock to a
     * process, not a thread, and a second {@code FileChannel.lock} by the same process throws,
     * so threads (and several store instances on the same file) queue here first.
     */
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private SidecarLock() {
    }

    /** A step that reads and writes the file and may fail with an I/O error. */
    @FunctionalInterface
    public interface Step<T> {
        T run() throws IOException;
    }

    /** The lock file that guards {@code file}. */
    public static Path lockFileOf(Path file) {
        return file.resolveSibling(file.getFileName() + SUFFIX);
    }

    /**
     * Runs {@code step} holding the exclusive lock of {@code file}, waiting for other processes
     * and threads to finish theirs. Reentrant: a step may call another locked step on the same file.
     */
    public static <T> T around(Path file, Step<T> step) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        local.lock();
        try {
            if (local.getHoldCount() > 1) {
                return step.run();
            }
            Path lockFile = lockFileOf(key);
            app.switchboard.paths.AppPaths.ensurePrivateDirectory(key.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                return step.run();
            }
        } finally {
            local.unlock();
        }
    }

    /** {@link #around} for steps whose I/O errors the caller reports as unchecked. */
    public static <T> T aroundUnchecked(Path file, Step<T> step) {
        try {
            return around(file, step);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
