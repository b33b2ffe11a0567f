package app.switchboard.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static app.switchboard.audit.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

/** The log under Windows' rule that a locked region is unreadable through every other handle. */
class ActivityLogOnWindowsTest {
    private static final Instant NOV = Instant.parse("2026-11-21T10:15:30Z");

    @TempDir
    Path dir;

    private final WindowsLikeChannels windows = new WindowsLikeChannels();

    private static List<String> names(ActivityLog log) {
        try (Stream<ActivityEntry> entries = log.query(ActivityQuery.all())) {
            return entries.map(ActivityEntry::targetName).toList();
        }
    }

    @Test
    void everyAppendOfAMonthIsRecordedWhenLocksAreMandatory() {
        ActivityLog log = new ActivityLog(dir, skipped -> { }, windows);

        log.append(entry(NOV, "Production", "alice", OutcomeKind.SUCCEEDED, "first"));
        log.append(entry(NOV.plusSeconds(1), "Production", "alice", OutcomeKind.SUCCEEDED, "second"));
        log.append(entry(NOV.plusSeconds(2), "Production", "alice", OutcomeKind.SUCCEEDED, "third"));

        assertThat(names(log)).containsExactly("first", "second", "third");
    }

    @Test
    void theLockIsOnTheSidecarFileAndTheMonthsFileIsOpenedOncePerAppend() {
        ActivityLog log = new ActivityLog(dir, skipped -> { }, windows);
        log.append(entry(NOV, "Production", "alice", OutcomeKind.SUCCEEDED, "first"));
        log.append(entry(NOV.plusSeconds(1), "Production", "alice", OutcomeKind.SUCCEEDED, "second"));

        Path lock = dir.resolve(ActivityLog.LOCK_FILE).toAbsolutePath().normalize();
        Path month = log.fileFor(YearMonth.of(2026, 11)).toAbsolutePath().normalize();
        assertThat(windows.opened()).containsExactly(lock, month, lock, month);
    }

    @Test
    void theAppsReaderReadsTheLogWhileTheCommandLineIsAppending() {
        ActivityLog commandLine = new ActivityLog(dir, skipped -> { }, windows);
        ActivityLog app = new ActivityLog(dir, skipped -> { }, windows);
        commandLine.append(entry(NOV, "Production", "alice", OutcomeKind.SUCCEEDED, "earlier"));
        Path month = commandLine.fileFor(YearMonth.of(2026, 11)).toAbsolutePath().normalize();
        List<List<String>> readMidAppend = new ArrayList<>();
        AtomicBoolean reading = new AtomicBoolean();
        windows.afterOpen(path -> {
            // the appender has just opened the month's file, holding the log's lock
            if (path.equals(month) && reading.compareAndSet(false, true)) {
                readMidAppend.add(names(app));
            }
        });

        commandLine.append(entry(NOV.plusSeconds(1), "Production", "bob", OutcomeKind.SUCCEEDED, "later"));

        assertThat(readMidAppend).containsExactly(List.of("earlier"));
        assertThat(names(app)).containsExactly("earlier", "later");
    }
}
