package app.switchboard.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces a file with new content: written to a temporary file beside it, forced to disk, then
 * moved over it. On Windows the move fails with "access denied" or a sharing violation while an
 * antivirus scanner, the search indexer or the other Switchboard process has the file open for a
 * moment, so a refused move is tried again a few times with a short, growing pause. When it keeps
 * failing, the old file is left exactly as it was and the message says what held it.
 */
public final class AtomicReplace {
    private static final Logger log = LoggerFactory.getLogger(AtomicReplace.class);
    /** Pauses before the 2nd, 3rd, ... attempt: 1.55 s in all, long enough for a scanner to let go. */
    public static final List<Duration> PAUSES = List.of(Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800));

    /** Waits between attempts; tests pass one that does not wait. */
    @FunctionalInterface
    public interface Pause {
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

        void pause(Duration duration) throws InterruptedException;
    }

    private final FileMover mover;
    private final Pause pause;

    public AtomicReplace(FileMover mover, Pause pause) {
        this.mover = Objects.requireNonNull(mover, "mover");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /** The file system's atomic rename, retried while another program holds the file. */
    public static AtomicReplace standard() {
        return new AtomicReplace(FileMover.ATOMIC, Pause.SLEEP);
    }

    /**
     * Writes {@code content} to a temporary file in {@code target}'s folder (created by
     * {@code createTemp}, so a caller can give it private permissions) and moves it over
     * {@code target}. The temporary file never outlives the call.
     */
    public void write(Path target, byte[] content, TempFiles createTemp) throws IOException {
        Path temp = createTemp.create(target.toAbsolutePath().getParent());
        try {
            Files.write(temp, content);
            try (var channel = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the temporary file for {@link #write}. */
    @FunctionalInterface
    public interface TempFiles {
        Path create(Path folder) throws IOException;

        /** A temporary file named after the target, with the file system's default permissions. */
        static TempFiles named(String prefix) {
            return folder -> Files.createTempFile(folder, prefix, ".tmp");
        }
    }

    /** Moves {@code source} over {@code target}, trying again while another program holds the target. */
    public void move(Path source, Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                mover.replace(source, target);
                if (attempt > 0) {
                    log.info("Replaced {} at attempt {}", target, attempt + 1);
                }
                return;
            } catch (FileSystemException e) {
                if (!isHeldByAnother(e)) {
                    throw e;
                }
                if (attempt >= PAUSES.size()) {
                    throw new FileHeldException(target, attempt + 1, e);
                }
                log.debug("{} is held by another program ({}); trying again", target, e.getMessage());
                try {
                    pause.pause(PAUSES.get(attempt));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new FileHeldException(target, attempt + 1, e);
                }
            }
        }
    }

    /**
     * Windows reports a file another program has open as access denied or as a sharing violation
     * (a plain {@link FileSystemException}); its subclasses (no such file, not a directory, atomic
     * move not supported) will not go away by waiting.
     */
    private static boolean isHeldByAnother(FileSystemException e) {
        return e instanceof AccessDeniedException || e.getClass() == FileSystemException.class;
    }

    /** The target stayed held through every attempt; it still has its previous content. */
    public static final class FileHeldException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path target;
        private final int attempts;

        FileHeldException(Path target, int attempts, FileSystemException cause) {
            super("Could not replace " + target + ": another program (an antivirus scanner, the search indexer or "
                    + "another Switchboard) kept it open through " + attempts + " attempts; the file still holds its "
                    + "previous content and nothing of it was lost. Try again in a moment. (" + cause.getMessage() + ")",
                    cause);
            this.target = target;
            this.attempts = attempts;
        }

        public Path target() {
            return target;
        }

        public int attempts() {
            return attempts;
        }
    }
}
