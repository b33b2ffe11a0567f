package app.switchboard.files;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays the antivirus scanner that holds the target file open: the first {@code failures} moves
 * are refused with "access denied" as Windows does, then the real atomic move runs.
 */
public final class FlakyMover implements FileMover {
    private final AtomicInteger failuresLeft;
    private final AtomicInteger attempts = new AtomicInteger();

    public FlakyMover(int failures) {
        this.failuresLeft = new AtomicInteger(failures);
    }

    @Override
    public void replace(Path source, Path target) throws IOException {
        attempts.incrementAndGet();
        if (failuresLeft.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0) {
            throw new AccessDeniedException(source.toString(), target.toString(),
                    "The process cannot access the file because it is being used by another process");
        }
        ATOMIC.replace(source, target);
    }

    /** The holder lets go: every later move succeeds. */
    public void release() {
        failuresLeft.set(0);
    }

    public int attempts() {
        return attempts.get();
    }
}
