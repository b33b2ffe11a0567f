package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.LogPosition;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicationMarkTest {
    @TempDir
    Path data;

    /**
     * The replicator writes the mark after every batch and tries again every round while it
     * cannot (a full disk, a folder in the way): each failed write must not leave a file behind.
     */
    @Test
    void aMarkThatCannotBeMovedIntoPlaceLeavesNoTemporaryFileBehind() throws Exception {
        Path inTheWay = Files.createDirectories(data.resolve(ReplicationMark.FILE_NAME));
        Files.writeString(inTheWay.resolve("keep"), "something");
        ReplicationMark mark = new ReplicationMark(data);

        for (int round = 0; round < 3; round++) {
            assertThatThrownBy(() -> mark.write("team", new LogPosition(YearMonth.of(2026, 12), 100)))
                    .isInstanceOf(UncheckedIOException.class);
        }

        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ReplicationMark.FILE_NAME);
        }
        assertThat(mark.read("team")).isEqualTo(LogPosition.start());
    }

    @Test
    void theMarkKeepsWhichFileItWasReachedInAndReadsMarksWrittenBeforeThat() throws Exception {
        ReplicationMark mark = new ReplicationMark(data);
        LogPosition reached = new LogPosition(YearMonth.of(2026, 12), 512, "0123456789abcdef0123456789abcdef");

        mark.write("team", reached);
        assertThat(mark.read("team")).isEqualTo(reached);

        Files.writeString(data.resolve(ReplicationMark.FILE_NAME),
                "{\"teamLog\":\"team\",\"month\":\"2026-11\",\"offset\":77}");
        assertThat(mark.read("team")).isEqualTo(new LogPosition(YearMonth.of(2026, 11), 77));
    }
}
