package app.switchboard.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicReplaceTest {
    @TempDir
    Path dir;
    private final List<Duration> pauses = new ArrayList<>();

    private Path target() throws Exception {
        Path file = dir.resolve("environments.json");
        Files.writeString(file, "previous");
        return file;
    }

    private AtomicReplace replace(FileMover mover) {
        return new AtomicReplace(mover, pauses::add);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.toList();
        }
    }

    @Test
    void aFileHeldForAMomentIsReplacedAfterShortGrowingPauses() throws Exception {
        Path file = target();
        FlakyMover held = new FlakyMover(3);

        replace(held).write(file, "new".getBytes(StandardCharsets.UTF_8), AtomicReplace.TempFiles.named(".env-"));

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(held.attempts()).isEqualTo(4);
        assertThat(pauses).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(files()).containsExactly(file);
    }

    @Test
    void aFileHeldThroughEveryAttemptIsLeftAsItWasWithAClearMessage() throws Exception {
        Path file = target();
        FlakyMover alwaysHeld = new FlakyMover(Integer.MAX_VALUE);

        assertThatThrownBy(() -> replace(alwaysHeld).write(file, "new".getBytes(StandardCharsets.UTF_8),
                AtomicReplace.TempFiles.named(".env-")))
                .isInstanceOf(AtomicReplace.FileHeldException.class)
                .hasMessageStartingWith("Could not replace " + file + ": another program (an antivirus scanner, the "
                        + "search indexer or another Switchboard) kept it open through 6 attempts; the file still holds "
                        + "its previous content and nothing of it was lost. Try again in a moment.");

        assertThat(alwaysHeld.attempts()).isEqualTo(1 + AtomicReplace.PAUSES.size());
        assertThat(Files.readString(file)).isEqualTo("previous");
        assertThat(files()).as("no temporary file left behind").containsExactly(file);
    }

    @Test
    void aFailureThatWaitingCannotCureIsNotRetried() throws Exception {
        Path file = target();
        int[] attempts = {0};
        FileMover missingFolder = (source, to) -> {
            attempts[0]++;
            throw new NoSuchFileException(to.toString());
        };

        assertThatThrownBy(() -> replace(missingFolder).write(file, new byte[] {1}, AtomicReplace.TempFiles.named(".env-")))
                .isInstanceOf(NoSuchFileException.class);
        assertThat(attempts[0]).isEqualTo(1);
        assertThat(pauses).isEmpty();
    }
}
