package app.switchboard.team;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.SharedActivity;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TeamActivityReaderTest {
    @RegisterExtension
    static final TeamDatabaseExtension DB = new TeamDatabaseExtension();

    @TempDir
    static Path home;

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00.123456789Z");

    @BeforeAll
    static void twoDesksShipTheirLogs() throws Exception {
        ActivityLog anna = new ActivityLog(home.resolve("anna"));
        ActivityLog bert = new ActivityLog(home.resolve("bert"));
        for (int i = 0; i < 25; i++) {
            anna.append(TeamEntries.entry("a-" + i, "anna", T0.plusSeconds(i * 2L)));
            bert.append(TeamEntries.entry("b-" + i, "bert", T0.plusSeconds(i * 2L + 1)));
        }
        // the same second twice: paging must neither repeat nor skip either of them
        bert.append(TeamEntries.entry("b-same-1", "bert", T0.plusSeconds(100)));
        bert.append(TeamEntries.entry("b-same-2", "bert", T0.plusSeconds(100)));
        ship(anna, home.resolve("mark-anna"), "desk-7");
        ship(bert, home.resolve("mark-bert"), "desk-2");
    }

    private static void ship(ActivityLog log, Path markFolder, String desk) throws Exception {
        try (TeamReplicator replicator = new TeamReplicator(log, TeamDatabase.of(DB.settings(desk), null),
                new ReplicationMark(markFolder), Clock.systemUTC(), TeamReplicatorTest.FAST)) {
            replicator.shipNow();
        }
    }

    @Test
    void pagesWalkTheWholeTeamLogNewestFirstWithoutRepeatsOrGaps() throws Exception {
        TeamActivityReader reader = reader();
        List<String> seen = new ArrayList<>();
        SharedActivity.Cursor cursor = null;
        int pages = 0;
        do {
            SharedActivity.Page page = reader.page(ActivityQuery.all(), cursor, 7);
            page.entries().forEach(e -> seen.add(e.entry().id()));
            cursor = page.next().orElse(null);
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(52).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 3)).containsExactly("b-same-2", "b-same-1", "b-24");
        assertThat(pages).isEqualTo(8);
        reader.close();
    }

    @Test
    void filtersNarrowInTheDatabaseAndEachRowSaysWhoAndWhere() throws Exception {
        TeamActivityReader reader = reader();
        SharedActivity.Page annas = reader.page(ActivityQuery.all().withUser("anna")
                .between(T0.plusSeconds(10), T0.plusSeconds(20)), null, 50);
        assertThat(annas.entries()).extracting(e -> e.entry().id()).containsExactly("a-9", "a-8", "a-7", "a-6", "a-5");
        assertThat(annas.entries()).allSatisfy(e -> {
            assertThat(e.desk()).isEqualTo("desk-7");
            assertThat(e.writtenBy()).isEqualTo("postgres");
        });
        ActivityEntry one = annas.entries().get(0).entry();
        SharedActivity.Page item = reader.page(ActivityQuery.all().withItem(one.api(), one.targetId(), one.item()), null, 50);
        assertThat(item.entries()).extracting(e -> e.entry().id()).containsExactly("a-9");
        assertThat(reader.page(ActivityQuery.all().withText("50%_off"), null, 50).entries()).as("like wildcards are taken literally").isEmpty();
        assertThat(reader.page(ActivityQuery.all().withText("ENT-B-SAME"), null, 50).entries()).hasSize(2);
        reader.close();
    }

    private static TeamActivityReader reader() throws TeamException {
        TeamDatabase database = TeamDatabase.of(DB.settings("reader"), null);
        return new TeamActivityReader(() -> Optional.of(database), new ActivityLog(home.resolve("decoder")));
    }
}
