package app.switchboard.team;

import static app.switchboard.team.TeamEntries.await;
import static app.switchboard.team.TeamEntries.teamIds;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityLog;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Two consoles open on one computer ship the same local log and share one high-water mark file. */
class TeamTwoConsolesOneDeskTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;

    @Test
    void twoReplicatorsOfOneDeskShipEveryEntryExactlyOnceInTheOrderWritten() throws Exception {
        Path activity = home.resolve("activity");
        TeamReplicator.Timing timing = new TeamReplicator.Timing(Duration.ofMillis(5), Duration.ofMillis(20),
                Duration.ofMillis(200), 7);
        int each = 150;
        List<TeamReplicator> consoles = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                TeamReplicator replicator = new TeamReplicator(new ActivityLog(activity),
                        TeamDatabase.of(DB.settings("desk-twice"), null), new ReplicationMark(home), Clock.systemUTC(), timing);
                consoles.add(replicator);
                replicator.start();
            }
            List<Thread> writers = new ArrayList<>();
            for (String who : List.of("first", "second")) {
                Thread writer = new Thread(() -> {
                    ActivityLog log = new ActivityLog(activity);
                    for (int i = 0; i < each; i++) {
                        log.append(TeamEntries.entry(who + "-" + i, "anna", Instant.now()));
                    }
                }, who);
                writers.add(writer);
                writer.start();
            }
            for (Thread writer : writers) {
                writer.join();
            }
            await("every entry arrived", Duration.ofSeconds(60), () -> count("first-") + count("second-") >= 2L * each);
            for (TeamReplicator replicator : consoles) {
                assertThat(replicator.shipNow().state()).isEqualTo(TeamLogStatus.State.UP_TO_DATE);
            }
        } finally {
            consoles.forEach(TeamReplicator::close);
        }
        for (String who : List.of("first", "second")) {
            List<String> expected = IntStream.range(0, each).mapToObj(i -> who + "-" + i).toList();
            assertThat(teamIds(DB, who + "-")).as("no duplicate, none lost, in the order written")
                    .containsExactlyElementsOf(expected);
        }
    }

    private static int count(String prefix) {
        try {
            return teamIds(DB, prefix).size();
        } catch (SQLException e) {
            return 0;
        }
    }
}
