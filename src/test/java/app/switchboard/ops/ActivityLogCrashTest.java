package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.audit.SkippedLine;
import app.switchboard.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a process with SIGKILL in the middle of a bulk run and checks the activity log it leaves:
 * no corrupt entry except at most a torn last line, and every change the process reported as
 * done is recorded.
 */
class ActivityLogCrashTest {
    private static final Pattern DONE = Pattern.compile("DONE (\\S+) END");
    private static final int KILL_AFTER = 500;
    private static final int ROUNDS = 3;

    @TempDir
    Path home;

    @Test
    void processesKilledDuringBulkRunsLeaveNoCorruptEntryAndEveryReportedChangeRecorded() throws Exception {
        Path activity = home.resolve("activity");
        Set<String> reportedDone = new HashSet<>();
        // three lives on one log: each restart appends after whatever the previous kill left behind
        for (int round = 0; round < ROUNDS; round++) {
            reportedDone.addAll(runAndKill(activity, round * 1_000_000));
        }

        List<SkippedLine> skipped = new CopyOnWriteArrayList<>();
        ActivityLog log = new ActivityLog(activity, skipped::add);
        List<ActivityEntry> recovered;
        try (Stream<ActivityEntry> all = log.query(ActivityQuery.all())) {
            recovered = all.toList();
        }
        long linesWritten = 0;
        long tornEnds = 0;
        for (Path file : Files.list(activity).toList()) {
            if (file.toString().endsWith(".torn")) {
                tornEnds += Files.readAllLines(file, StandardCharsets.ISO_8859_1).size();
                continue;
            }
            long lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1).size();
            linesWritten += lines;
            assertThat(skipped).filteredOn(s -> s.file().equals(file)).allSatisfy(s ->
                    assertThat(s.lineNumber()).as("only a torn last line may be unreadable").isEqualTo(lines));
        }
        Set<String> recorded = recovered.stream().filter(e -> e.outcome().kind() == OutcomeKind.SUCCEEDED)
                .map(ActivityEntry::targetId).collect(Collectors.toSet());

        System.out.printf("Crash test: %d kills, %d lines written, %d entries recovered, %d corrupt lines, "
                + "%d torn ends moved aside, %d changes reported done before the kills, all recorded: %s%n", ROUNDS,
                linesWritten, recovered.size(), skipped.size(), tornEnds, reportedDone.size(), recorded.containsAll(reportedDone));
        assertThat(skipped.size()).isLessThanOrEqualTo(1);
        assertThat(recovered).hasSize((int) linesWritten - skipped.size());
        assertThat(reportedDone).hasSizeGreaterThanOrEqualTo(ROUNDS * KILL_AFTER);
        assertThat(recorded).containsAll(reportedDone);
    }

    /** Runs a child until it has reported {@link #KILL_AFTER} changes, kills it, returns what it reported. */
    private Set<String> runAndKill(Path activity, int firstEntity) throws Exception {
        Process child = ChildJvm.of(CrashingBulkRun.class, activity.toString(), "200000", Integer.toString(firstEntity))
                .redirectError(home.resolve("child-stderr-" + firstEntity + ".txt").toFile())
                .start();
        Set<String> reportedDone = new HashSet<>();
        boolean finished = ChildJvm.readUntilKilled(child, line -> {
            Matcher done = DONE.matcher(line);
            return done.matches() && reportedDone.add(done.group(1)) && reportedDone.size() == KILL_AFTER;
        });
        assertThat(finished).as("the run was killed before it finished").isFalse();
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        return reportedDone;
    }
}
