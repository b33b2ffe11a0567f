package app.switchboard.team;

import static app.switchboard.team.TeamEntries.await;
import static app.switchboard.team.TeamEntries.teamIds;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TeamReplicatorTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    static final TeamReplicator.Timing FAST = new TeamReplicator.Timing(Duration.ofMillis(20), Duration.ofMillis(20),
            Duration.ofMillis(200), 40);

    @TempDir
    Path home;

    @Test
    void shipsEveryLocalEntryOnceInItsOrderAndSaysUpToDate() throws Exception {
        Path activity = home.resolve("activity");
        TeamEntries.append(activity, "order", 130);
        try (TeamReplicator replicator = replicator(activity, "desk-order", DB.settings("desk-order"))) {
            TeamLogStatus status = replicator.shipNow();
            assertThat(status.state()).isEqualTo(TeamLogStatus.State.UP_TO_DATE);
            assertThat(status.words(ZoneId.of("UTC")).english()).isEqualTo("Team log: up to date");
        }
        List<String> local = IntStream.range(0, 130).mapToObj(i -> "order-" + i).toList();
        assertThat(teamIds(DB, "order-")).containsExactlyElementsOf(local);

        Files.delete(home.resolve(ReplicationMark.FILE_NAME));
        try (TeamReplicator again = replicator(activity, "desk-order", DB.settings("desk-order"))) {
            again.shipNow();
        }
        assertThat(teamIds(DB, "order-")).as("shipping again from the start adds nothing").hasSize(130);
    }

    @Test
    void entriesWrittenMeanwhileByTheCommandLineAreCaughtUp() throws Exception {
        Path activity = home.resolve("activity");
        try (TeamReplicator replicator = startedAfter(activity, "console", 3, "desk-cli")) {
            await("the console's entries are in the team log", Duration.ofSeconds(20),
                    () -> idsQuietly("console-").size() == 3);
            TeamEntries.append(activity, "cli", 4); // another ActivityLog on the same folder, as the command line has
            await("the command line's entries are in the team log", Duration.ofSeconds(20),
                    () -> idsQuietly("cli-").size() == 4);
        }
    }

    @Test
    void theDatabaseGoingAwayMidReplicationLosesNothingAndDuplicatesNothing() throws Exception {
        Path activity = home.resolve("activity");
        // the long variant (-Plong, docs/RELIABILITY.md) ships 20,000
        int total = Integer.getInteger("switchboard.team.replicator.entries", 400);
        Duration arrival = Duration.ofSeconds(Math.max(30, total * 30L / 2_000));
        try (TeamReplicator replicator = replicator(activity, "desk-outage", DB.settings("desk-outage"))) {
            replicator.start();
            Thread writer = new Thread(() -> {
                ActivityLog log = new ActivityLog(activity);
                for (int i = 0; i < total; i++) {
                    log.append(TeamEntries.entry("outage-" + i, "anna", Instant.now()));
                }
            }, "writer");
            writer.start();
            await("some entries arrived", Duration.ofSeconds(20), () -> idsQuietly("outage-").size() > 50);
            DB.goOffline();
            try {
                await("the replicator says it is offline", Duration.ofSeconds(20),
                        () -> replicator.status().state() == TeamLogStatus.State.OFFLINE);
                assertThat(replicator.status().words(ZoneId.of("UTC")).english()).startsWith("Team log: offline since ");
                writer.join();
            } finally {
                DB.comeBack();
            }
            await("every entry arrived", arrival, () -> idsQuietly("outage-").size() >= total);
            await("the status says up to date", Duration.ofSeconds(10),
                    () -> replicator.status().state() == TeamLogStatus.State.UP_TO_DATE);
        }
        List<String> expected = IntStream.range(0, total).mapToObj(i -> "outage-" + i).toList();
        assertThat(teamIds(DB, "outage-")).containsExactlyElementsOf(expected);
        try (var local = new ActivityLog(activity).query(ActivityQuery.all())) {
            assertThat(local.map(ActivityEntry::id).toList()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void anIdleReplicatorSaysOfflineWhenTheDatabaseGoesAwayAndUpToDateWhenItReturns() throws Exception {
        try (TeamReplicator replicator = startedAfter(home.resolve("activity"), "idle", 2, "desk-idle")) {
            await("shipped", Duration.ofSeconds(20), () -> replicator.status().state() == TeamLogStatus.State.UP_TO_DATE);
            DB.goOffline();
            try {
                await("nothing to ship, yet it says offline", Duration.ofSeconds(20),
                        () -> replicator.status().state() == TeamLogStatus.State.OFFLINE);
            } finally {
                DB.comeBack();
            }
            await("up to date again", Duration.ofSeconds(20),
                    () -> replicator.status().state() == TeamLogStatus.State.UP_TO_DATE);
        }
    }

    @Test
    void aWrongPasswordKeepsTheConsoleLocalWithASentenceAndWritesNothing() throws Exception {
        Path activity = home.resolve("activity");
        TeamEntries.append(activity, "refused", 5);
        DB.execute("do $$ begin if not exists (select from pg_roles where rolname = 'bert') then "
                + "create role bert login password 'right'; end if; end $$");
        TeamConnectionTest.requirePasswordsFor(DB, "bert");
        TeamSettings bert = TeamSettings.ofHost("127.0.0.1", DB.port(), DB.database(), "bert", "desk-b");
        try (TeamReplicator replicator = new TeamReplicator(new ActivityLog(activity), TeamDatabase.of(bert, "wrong"),
                new ReplicationMark(home), Clock.systemUTC(), FAST)) {
            TeamLogStatus status = replicator.shipNow();
            assertThat(status.state()).isEqualTo(TeamLogStatus.State.REFUSED);
            assertThat(status.waiting()).isEqualTo(5);
            assertThat(status.words(ZoneId.of("UTC")).english()).contains("refused user bert");
        }
        assertThat(teamIds(DB, "refused-")).isEmpty();
    }

    /** A running replicator for a log that already holds {@code count} entries. */
    private TeamReplicator startedAfter(Path activity, String prefix, int count, String desk) throws TeamException {
        TeamEntries.append(activity, prefix, count);
        TeamReplicator replicator = replicator(activity, desk, DB.settings(desk));
        replicator.start();
        return replicator;
    }

    private TeamReplicator replicator(Path activity, String desk, TeamSettings settings) throws TeamException {
        return new TeamReplicator(new ActivityLog(activity), TeamDatabase.of(settings, null), new ReplicationMark(home),
                Clock.systemUTC(), FAST);
    }

    private static List<String> idsQuietly(String prefix) {
        try {
            return teamIds(DB, prefix);
        } catch (SQLException e) {
            return List.of();
        }
    }
}
