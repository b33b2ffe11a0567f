package app.switchboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month's file moved away (a backup tool, an administrator) after a reader had read it forward. */
class ActivityLogRotatedTest {
    @TempDir
    Path dir;

    @Test
    void entriesWrittenToAFreshFileAfterTheOldOneWasMovedAwayAreNotSkipped() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        Instant time = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            log.append(Entries.entry(time.plusSeconds(i)));
        }
        List<LoggedLine> shipped = log.after(LogPosition.start(), 100);
        LogPosition reached = shipped.get(shipped.size() - 1).next();

        Path month = log.fileFor(YearMonth.of(2026, 12));
        Files.move(month, month.resolveSibling(month.getFileName() + ".2026-12-07.bak"));
        ActivityEntry afterRotation = Entries.entry(time.plusSeconds(60));
        log.append(afterRotation);

        assertThat(log.countAfter(reached)).isEqualTo(1);
        assertThat(log.after(reached, 100)).extracting(LoggedLine::entry).containsExactly(afterRotation);
    }

    @Test
    void aFreshFileThatHasAlreadyGrownPastThePositionIsReadFromItsStart() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        Instant time = Instant.parse("2026-12-07T10:00:00Z");
        for (int i = 0; i < 3; i++) {
            log.append(Entries.entry(time.plusSeconds(i)));
        }
        List<LoggedLine> shipped = log.after(LogPosition.start(), 100);
        LogPosition reached = shipped.get(shipped.size() - 1).next();

        Path month = log.fileFor(YearMonth.of(2026, 12));
        Files.move(month, month.resolveSibling(month.getFileName() + ".2026-12-07.bak"));
        List<ActivityEntry> afterRotation = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ActivityEntry entry = Entries.entry(time.plusSeconds(60 + i));
            log.append(entry);
            afterRotation.add(entry);
        }
        assertThat(Files.size(month)).as("the new file is longer than the position").isGreaterThan(reached.offset());

        assertThat(log.countAfter(reached)).isEqualTo(8);
        assertThat(log.after(reached, 100)).extracting(LoggedLine::entry).containsExactlyElementsOf(afterRotation);
    }

    @Test
    void theSameFileGrownGoesOnWhereItWasLeft() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        Instant time = Instant.parse("2026-12-07T10:00:00Z");
        log.append(Entries.entry(time));
        LogPosition reached = log.after(LogPosition.start(), 100).get(0).next();
        ActivityEntry later = Entries.entry(time.plusSeconds(1));
        log.append(later);

        assertThat(reached.head()).isNotNull();
        assertThat(log.after(reached, 100)).extracting(LoggedLine::entry).containsExactly(later);
        assertThat(log.after(new LogPosition(reached.month(), reached.offset()), 100))
                .as("a position kept before heads were").extracting(LoggedLine::entry).containsExactly(later);
    }
}
