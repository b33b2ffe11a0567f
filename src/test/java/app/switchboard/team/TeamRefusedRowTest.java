package app.switchboard.team;

import static app.switchboard.team.TeamEntries.teamIds;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** An entry the team database cannot store must not hold back every entry written after it. */
class TeamRefusedRowTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    Path home;

    @Test
    void anEntryTheDatabaseRefusesIsNamedAndTheEntriesBehindItStillArrive() throws Exception {
        Path activity = home.resolve("activity");
        ActivityLog log = new ActivityLog(activity);
        log.append(TeamEntries.entry("poison-0", "anna", Instant.now()));
        // a server's error text with a NUL character: PostgreSQL text and jsonb cannot hold it
        log.append(withMessage("poison-1", "upstream said \u0000 and stopped"));
        // an item id too long for the team log's b-tree index (random, so it cannot be compressed)
        log.append(withItem("poison-2", randomText(6000)));
        log.append(TeamEntries.entry("poison-3", "anna", Instant.now()));

        TeamReplicator.Timing timing = new TeamReplicator.Timing(Duration.ofMillis(20), Duration.ofMillis(20),
                Duration.ofMillis(200), 40);
        try (TeamReplicator replicator = new TeamReplicator(new ActivityLog(activity),
                TeamDatabase.of(DB.settings("desk-poison"), null), new ReplicationMark(home), Clock.systemUTC(), timing)) {
            TeamLogStatus status = replicator.shipNow();
            assertThat(teamIds(DB, "poison-")).containsExactly("poison-0", "poison-3");
            assertThat(status.state()).isEqualTo(TeamLogStatus.State.UP_TO_DATE);
            assertThat(status.words(ZoneId.of("UTC")).english())
                    .startsWith("Team log: up to date")
                    .contains("2 entries the team database refused")
                    .contains("kept on this computer");
            assertThat(status.words(ZoneId.of("UTC")).in(java.util.Locale.GERMAN)).contains("2 Einträge");

            assertThat(replicator.shipNow().state()).as("the refused entries are not tried forever")
                    .isEqualTo(TeamLogStatus.State.UP_TO_DATE);
            assertThat(teamIds(DB, "poison-")).containsExactly("poison-0", "poison-3");
        }
        // the console is started again: the refused entries are still said, never "up to date" alone
        try (TeamReplicator restarted = new TeamReplicator(new ActivityLog(activity),
                TeamDatabase.of(DB.settings("desk-poison"), null), new ReplicationMark(home), Clock.systemUTC(), timing)) {
            String said = restarted.shipNow().words(ZoneId.of("UTC")).english();
            assertThat(said).startsWith("Team log: up to date").contains("2 entries the team database refused")
                    .contains("poison-2, refused before this console started");
        }
    }

    private static ActivityEntry withMessage(String id, String message) {
        return new ActivityEntry(id, Instant.now(), "anna", "Production", Api.FYNN, "sub-1", "ent-" + id,
                "ACME GmbH", ActivityEntry.DISABLE, true, null, "contract ended",
                new ActivityOutcome(OutcomeKind.FAILED, 500, message), 12, null, null, null);
    }

    private static ActivityEntry withItem(String id, String item) {
        return new ActivityEntry(id, Instant.now(), "anna", "Production", Api.DER_CONNECT, "entity-1", item,
                "ACME GmbH", ActivityEntry.DISABLE, true, false, "contract ended",
                new ActivityOutcome(OutcomeKind.SUCCEEDED, 200, null), 12, null, null, null);
    }

    private static String randomText(int length) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('!' + random.nextInt(90)));
        }
        return text.toString();
    }
}
