package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.LogPosition;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
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
            assertThatThrownBy(() -> mark.write("team", new ReplicationMark.Reached(new LogPosition(YearMonth.of(2026, 12), 100), List.of())))
                    .isInstanceOf(UncheckedIOException.class);
        }

        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(ReplicationMark.FILE_NAME);
        }
        assertThat(mark.read("team")).isEqualTo(ReplicationMark.Reached.start());
    }

    @Test
    void theMarkKeepsWhichFileItWasReachedInAndReadsMarksWrittenBeforeThat() throws Exception {
        ReplicationMark mark = new ReplicationMark(data);
        LogPosition reached = new LogPosition(YearMonth.of(2026, 12), 512, "0123456789abcdef0123456789abcdef");

        mark.write("team", new ReplicationMark.Reached(reached, List.of("e-1", "e-2")));
        assertThat(mark.read("team")).isEqualTo(new ReplicationMark.Reached(reached, List.of("e-1", "e-2")));

        Files.writeString(data.resolve(ReplicationMark.FILE_NAME),
                "{\"teamLog\":\"team\",\"month\":\"2026-11\",\"offset\":77}");
        assertThat(mark.read("team")).isEqualTo(new ReplicationMark.Reached(new LogPosition(YearMonth.of(2026, 11), 77), List.of()));
    }
}
