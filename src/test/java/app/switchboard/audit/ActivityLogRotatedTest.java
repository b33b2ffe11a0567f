package app.switchboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The month's file moved away (a backup tool, an administrator) after a reader had read it forward. */
class ActivityLogRotatedTest {
    @TempDir
    Path dir;

    private static final Instant TIME = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void entriesWrittenToAFreshFileAfterTheOldOneWasMovedAwayAreNotSkipped() throws Exception {
        assertRotationLosesNothing(1);
    }

    @Test
    void aFreshFileThatHasAlreadyGrownPastThePositionIsReadFromItsStart() throws Exception {
        assertRotationLosesNothing(8);
    }

    /** Three entries read forward, the file moved away, then {@code fresh} entries in a new file under its name. */
    private void assertRotationLosesNothing(int fresh) throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        for (int i = 0; i < 3; i++) {
            log.append(Entries.entry(TIME.plusSeconds(i)));
        }
        List<LoggedLine> shipped = log.after(LogPosition.start(), 100);
        LogPosition reached = shipped.get(shipped.size() - 1).next();

        Path month = log.fileFor(YearMonth.of(2026, 12));
        Files.move(month, month.resolveSibling(month.getFileName() + ".2026-12-07.bak"));
        List<ActivityEntry> afterRotation = new ArrayList<>();
        for (int i = 0; i < fresh; i++) {
            ActivityEntry entry = Entries.entry(TIME.plusSeconds(60 + i));
            log.append(entry);
            afterRotation.add(entry);
        }
        assertThat(Files.size(month) > reached.offset()).as("the new file is longer than the position").isEqualTo(fresh > 3);

        assertThat(log.countAfter(reached)).isEqualTo(fresh);
        assertThat(log.after(reached, 100)).extracting(LoggedLine::entry).containsExactlyElementsOf(afterRotation);
    }

    @Test
    void theSameFileGrownGoesOnWhereItWasLeft() throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        log.append(Entries.entry(TIME));
        LogPosition reached = log.after(LogPosition.start(), 100).get(0).next();
        ActivityEntry later = Entries.entry(TIME.plusSeconds(1));
        log.append(later);

        assertThat(reached.head()).isNotNull();
        assertThat(log.after(reached, 100)).extracting(LoggedLine::entry).containsExactly(later);
        assertThat(log.after(new LogPosition(reached.month(), reached.offset()), 100))
                .as("a position kept before heads were").extracting(LoggedLine::entry).containsExactly(later);
    }
}
