package app.switchboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A change that started before midnight at a month's end and was written after it (a slow server,
 * or the command line writing while the console already wrote the new month's first entry) must
 * still reach whoever reads the log forward, such as the team log's replicator.
 */
class ActivityLogMonthEndTest {
    @TempDir
    Path dir;

    @Test
    void anEntryOfTheOldMonthWrittenAfterTheNewMonthBeganIsNotSkippedByAReaderThatMovedOn() {
        ActivityLog console = new ActivityLog(dir.resolve("activity"));
        ActivityLog commandLine = new ActivityLog(dir.resolve("activity"));
        ActivityEntry december = Entries.entry(Instant.parse("2026-12-01T00:00:00.100Z"));
        ActivityEntry lateNovember = Entries.entry(Instant.parse("2026-11-30T23:59:59.900Z"));

        console.append(december);
        List<LoggedLine> shipped = console.after(LogPosition.start(), 100);
        assertThat(shipped).extracting(LoggedLine::entry).containsExactly(december);

        commandLine.append(lateNovember);

        LogPosition reached = shipped.get(shipped.size() - 1).next();
        assertThat(console.countAfter(reached)).as("the late entry counts as waiting").isEqualTo(1);
        assertThat(console.after(reached, 100)).extracting(LoggedLine::entry).containsExactly(lateNovember);
    }

    @Test
    void aLateEntryIsStillFoundByItsOwnMonthsQuery() {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        ActivityEntry december = Entries.entry(Instant.parse("2026-12-01T00:00:00.100Z"));
        ActivityEntry lateNovember = Entries.entry(Instant.parse("2026-11-30T23:59:59.900Z"));
        log.append(december);
        log.append(lateNovember);

        try (var november = log.query(ActivityQuery.all().between(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")))) {
            assertThat(november.toList()).containsExactly(lateNovember);
        }
        try (var all = log.query(ActivityQuery.all())) {
            assertThat(all.toList()).containsExactlyInAnyOrder(december, lateNovember);
        }
    }
}
