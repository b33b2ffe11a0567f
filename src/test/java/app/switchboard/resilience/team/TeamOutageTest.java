package app.switchboard.resilience.team;

import static app.switchboard.team.TeamEntries.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import app.switchboard.team.TeamLogStatus;
import app.switchboard.team.TeamReplicator;
import app.switchboard.testsupport.ChildJvm;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team database goes away mid-replication and comes back while three consoles' recorders and
 * two command-line processes keep writing: every entry ends up in the team log exactly once, and
 * every entry stays in its computer's own log.
 */
class TeamOutageTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    static final int PER_CONSOLE = Integer.getInteger("switchboard.team.outage.entries", 150);
    static final int PER_PROCESS = Integer.getInteger("switchboard.team.outage.cliEntries", 60);
    /** The long variant (-Plong) writes more: the waits grow with the volume, one minute per 2,000 entries at least. */
    static final Duration ARRIVAL = Duration.ofSeconds(Math.max(60, (3L * PER_CONSOLE + 2L * PER_PROCESS) * 60 / 2_000));
    static final TeamReplicator.Timing QUICK = new TeamReplicator.Timing(Duration.ofMillis(20), Duration.ofMillis(20),
            Duration.ofMillis(300), 50);

    @TempDir
    Path home;

    @Test
    void everyEntryOfThreeConsolesAndTwoCommandLinesArrivesExactlyOnceAcrossAnOutage() throws Exception {
        List<TeamReplicator> replicators = new ArrayList<>();
        List<Thread> recorders = new ArrayList<>();
        List<Process> commandLines = new ArrayList<>();
        try {
            for (int console = 1; console <= 3; console++) {
                Path desk = home.resolve("desk-" + console);
                TeamReplicator replicator = new TeamReplicator(new ActivityLog(desk.resolve("activity")),
                        TeamDatabase.of(DB.settings("desk-" + console), null), new ReplicationMark(desk), Clock.systemUTC(),
                        QUICK);
                replicator.start();
                replicators.add(replicator);
                String prefix = "outage-c" + console;
                Thread recorder = new Thread(() -> {
                    ActivityLog log = new ActivityLog(desk.resolve("activity"));
                    for (int i = 0; i < PER_CONSOLE; i++) {
                        log.append(TeamEntries.entry(prefix + "-" + i, "op" + prefix, Instant.now()));
                    }
                }, "recorder-" + console);
                recorders.add(recorder);
                recorder.start();
            }
            // the command line writes to desk 1's log from its own processes
            for (int cli = 1; cli <= 2; cli++) {
                commandLines.add(ChildJvm.of(TeamEntries.class, home.resolve("desk-1/activity").toString(),
                        "outage-cli" + cli, String.valueOf(PER_PROCESS)).redirectErrorStream(true).start());
            }
            await("the team log is being written", Duration.ofSeconds(30), () -> count() > 60);
            DB.goOffline();
            try {
                await("every replicator says it is offline", Duration.ofSeconds(30), () -> replicators.stream()
                        .allMatch(r -> r.status().state() == TeamLogStatus.State.OFFLINE));
                for (Thread recorder : recorders) {
                    recorder.join();
                }
                for (Process process : commandLines) {
                    assertThat(process.waitFor(ARRIVAL.toSeconds(), TimeUnit.SECONDS)).isTrue();
                    assertThat(process.exitValue()).isZero();
                }
            } finally {
                DB.comeBack();
            }
            int expected = 3 * PER_CONSOLE + 2 * PER_PROCESS;
            await("everything arrived", ARRIVAL, () -> count() >= expected);
            await("every replicator says up to date", Duration.ofSeconds(20), () -> replicators.stream()
                    .allMatch(r -> r.status().state() == TeamLogStatus.State.UP_TO_DATE));

            List<String> team = TeamEntries.teamIds(DB, "outage-");
            assertThat(team).hasSize(expected).doesNotHaveDuplicates();
            Set<String> local = new HashSet<>();
            for (int console = 1; console <= 3; console++) {
                try (Stream<ActivityEntry> entries = new ActivityLog(home.resolve("desk-" + console + "/activity"))
                        .query(ActivityQuery.all())) {
                    entries.forEach(e -> local.add(e.id()));
                }
            }
            assertThat(local).hasSize(expected);
            assertThat(new HashSet<>(team)).isEqualTo(local);
            assertOrderKeptPerWriter(team);
        } finally {
            replicators.forEach(TeamReplicator::close);
            commandLines.forEach(Process::destroyForcibly);
        }
    }

    /** Each writer's entries reach the team log in the order it wrote them. */
    private static void assertOrderKeptPerWriter(List<String> team) {
        java.util.Map<String, Integer> last = new java.util.HashMap<>();
        for (String id : team) {
            String writer = id.substring(0, id.lastIndexOf('-'));
            int number = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
            assertThat(number).as(id).isGreaterThan(last.getOrDefault(writer, -1));
            last.put(writer, number);
        }
    }

    private static int count() {
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from team_activity where entry_id like 'outage-%'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
