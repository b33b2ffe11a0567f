package app.switchboard.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
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
    void theAppsReaderWaitsForAHalfWrittenAppendAndThenReadsOnlyWholeLines() throws Exception {
        ActivityLog commandLine = new ActivityLog(dir, skipped -> { }, windows);
        List<SkippedLine> warnings = new CopyOnWriteArrayList<>();
        ActivityLog app = new ActivityLog(dir, warnings::add, windows);
        commandLine.append(entry(NOV, "Production", "alice", OutcomeKind.SUCCEEDED, "earlier"));
        List<String> read = new CopyOnWriteArrayList<>();
        Thread[] reader = new Thread[1];
        windows.midWrite(path -> {
            // half of the new line is on disk: the app's reader starts now and must wait for the rest
            reader[0] = new Thread(() -> read.addAll(names(app)), "app-reader");
            reader[0].start();
            untilWaitingForTheLogOrDone(reader[0]);
        });

        commandLine.append(entry(NOV.plusSeconds(1), "Production", "bob", OutcomeKind.SUCCEEDED, "later"));
        reader[0].join(TimeUnit.SECONDS.toMillis(30));

        assertThat(read).containsExactly("earlier", "later");
        assertThat(warnings).as("a half-written line is not reported as torn").isEmpty();
    }

    /** Waits until the thread blocks on a plain lock object (the log's) or has ended. */
    private static void untilWaitingForTheLogOrDone(Thread thread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        while (true) {
            ThreadInfo info = threads.getThreadInfo(thread.getId());
            if (info == null || info.getThreadState() == Thread.State.TERMINATED) {
                return;
            }
            if (info.getThreadState() == Thread.State.BLOCKED && info.getLockName() != null
                    && info.getLockName().startsWith(Object.class.getName() + "@")) {
                return;
            }
            Thread.onSpinWait();
        }
    }
}
