package app.switchboard.resilience.team;

import static app.switchboard.team.TeamEntries.await;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityLog;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import app.switchboard.team.TeamLogStatus;
import app.switchboard.team.TeamReplicator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long outage soak, only under {@code -Plong} (docs/RELIABILITY.md): two consoles keep writing
 * while the team database goes away and comes back again and again; afterwards every entry is in
 * the team log exactly once. {@code ./mvnw verify} skips it.
 */
@EnabledIfSystemProperty(named = "switchboard.team.long", matches = "true")
class TeamOutageSoakTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    static final int CYCLES = Integer.getInteger("switchboard.team.soak.cycles", 10);
    static final int PER_CONSOLE = Integer.getInteger("switchboard.team.soak.entries", 10_000);

    @TempDir
    Path home;

    @Test
    void manyOutagesWhileTwoConsolesWriteLoseNothingAndDuplicateNothing() throws Exception {
        List<TeamReplicator> replicators = new ArrayList<>();
        List<Thread> writers = new ArrayList<>();
        AtomicInteger written = new AtomicInteger();
        try {
            for (int console = 1; console <= 2; console++) {
                Path desk = home.resolve("desk-" + console);
                TeamReplicator replicator = new TeamReplicator(new ActivityLog(desk.resolve("activity")),
                        TeamDatabase.of(DB.settings("soak-" + console), null), new ReplicationMark(desk), Clock.systemUTC(),
                        TeamOutageTest.QUICK);
                replicator.start();
                replicators.add(replicator);
                String prefix = "soak-c" + console;
                String operator = "op" + console;
                Thread writer = new Thread(() -> {
                    ActivityLog log = new ActivityLog(desk.resolve("activity"));
                    for (int i = 0; i < PER_CONSOLE; i++) {
                        log.append(TeamEntries.entry(prefix + "-" + i, operator, Instant.now()));
                        written.incrementAndGet();
                    }
                }, "soak-writer-" + console);
                writers.add(writer);
                writer.start();
            }
            int whileWriting = 0;
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                int before = count();
                await("entries arrive before outage " + cycle, Duration.ofSeconds(60),
                        () -> count() > before || written.get() == 2 * PER_CONSOLE);
                if (written.get() < 2 * PER_CONSOLE) {
                    whileWriting++;
                }
                DB.goOffline();
                try {
                    await("offline is said in cycle " + cycle, Duration.ofSeconds(60), () -> replicators.stream()
                            .allMatch(r -> r.status().state() == TeamLogStatus.State.OFFLINE));
                } finally {
                    DB.comeBack();
                }
            }
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(whileWriting).as("outages that began while the consoles were still writing").isPositive();
            int expected = 2 * PER_CONSOLE;
            await("everything arrived", Duration.ofSeconds(Math.max(60, expected * 60L / 2_000)), () -> count() >= expected);
            List<String> team = TeamEntries.teamIds(DB, "soak-");
            assertThat(team).hasSize(expected).doesNotHaveDuplicates();
        } finally {
            replicators.forEach(TeamReplicator::close);
        }
    }

    private static int count() {
        try (Connection c = DB.admin(); Statement sql = c.createStatement();
             ResultSet rows = sql.executeQuery("select count(*) from team_activity where entry_id like 'soak-%'")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
