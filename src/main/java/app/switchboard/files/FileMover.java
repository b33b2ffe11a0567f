package app.switchboard.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts a finished temporary file in the place of the real one in one step. An interface so that
 * tests can play the antivirus scanner or indexer that holds the target open on Windows.
 */
@FunctionalInterface
public interface FileMover {
    /** The file system's atomic rename, replacing {@code target}. */
    FileMover ATOMIC = (source, target) ->
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    void replace(Path source, Path target) throws IOException;
}
