package app.switchboard.bench;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.audit.SharedActivity;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.team.ReplicationMark;
import app.switchboard.team.TeamActivityReader;
import app.switchboard.team.TeamDatabase;
import app.switchboard.team.TeamMode;
import app.switchboard.team.TeamReplicator;
import app.switchboard.team.TeamSchema;
import app.switchboard.team.TeamSettings;
import app.switchboard.team.TeamSettingsStore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Team mode's figures on a real (embedded) PostgreSQL: a filtered, paged Activity query over
 * 1,000,000 team entries, replication catch-up after an offline spell, and how soon a colleague's
 * change is heard live.
 */
final class TeamBench {
    static final int TEAM_ENTRIES = Integer.getInteger("bench.team.entries", 1_000_000);
    static final int BACKLOG = 20_000;

    private TeamBench() {
    }

    static List<Figure> run(int runs, List<String> notes) throws Exception {
        Path home = Files.createTempDirectory("team-bench");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection(); Statement sql = admin.createStatement()) {
                sql.execute("create database team_bench");
            }
            TeamSettings settings = TeamSettings.ofHost("127.0.0.1", server.getPort(), "team_bench", "postgres", "bench-desk");
            TeamDatabase database = TeamDatabase.of(settings, null);
            TeamSchema.migrate(database);
            List<Figure> figures = new ArrayList<>();
            System.out.println("team: loading " + TEAM_ENTRIES + " entries ...");
            long loadStart = System.nanoTime();
            load(server);
            System.out.printf("team: loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
            figures.add(Figure.atMost("Team Activity, " + String.format("%,d", TEAM_ENTRIES)
                    + " entries: filtered page of 200", "ms", queries(database, home, runs), 100, "fixed", 1.0));
            figures.add(Figure.atLeast("Team log catch-up after an offline spell", "entries/s",
                    catchUp(database, home, runs), 2000, "fixed", 1.0));
            figures.add(Figure.atMost("Team log: a colleague's change heard live", "ms", live(settings, home, runs),
                    1000, "fixed", 1.0));
            notes.add("Team: an embedded PostgreSQL 14 (the test binaries) on this machine, loopback. The query figure "
                    + "cycles through six filter sets of the Activity view (environment + outcome, operator, one "
                    + "switch's history, target text, a 30-day window, environment + user + dates) over "
                    + String.format("%,d", TEAM_ENTRIES) + " rows (8 environments, 40 operators, 20,000 targets, a year), "
                    + "first page and the page after it, through the console's own reader. Catch-up: " + BACKLOG
                    + " entries waiting in the local log shipped by the replicator in batches of 1,000. Live: from a "
                    + "colleague's commit until the LISTEN connection hands the announcement to the console.");
            return figures;
        }
    }

    /** Rows as replicated entries would be, generated in the database (the triggers that announce are off meanwhile). */
    private static void load(EmbeddedPostgres server) throws Exception {
        try (Connection c = server.getDatabase("postgres", "team_bench").getConnection(); Statement sql = c.createStatement()) {
            sql.execute("alter table team_activity disable trigger team_activity_announce");
            sql.execute("""
                    insert into team_activity (entry_id, at, operator, desk, environment, api, target_id, item, target_name,
                        action, before_state, after_state, reason, outcome, http_status, duration_ms, entry)
                    select 'bench-' || g, t, 'op' || (g % 40), 'desk-' || (g % 20), 'env' || (g % 8),
                        case when g % 2 = 0 then 'FYNN' else 'DER_CONNECT' end, 'target-' || (g % 20000),
                        'item-' || (g % 7), 'Customer ' || (g % 20000) || ' subscription ' || (g % 977),
                        case when g % 3 = 0 then 'enable' else 'disable' end, g % 3 <> 0, g % 3 = 0, 'reason ' || (g % 50),
                        (array['SUCCEEDED','SUCCEEDED','SUCCEEDED','REFUSED','FAILED','CANCELLED'])[1 + g % 6], 200, 40,
                        json_build_object('id', 'bench-' || g, 'time', to_char(t at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                            'user', 'op' || (g % 40), 'environment', 'env' || (g % 8),
                            'api', case when g % 2 = 0 then 'FYNN' else 'DER_CONNECT' end,
                            'targetId', 'target-' || (g % 20000), 'item', 'item-' || (g % 7),
                            'targetName', 'Customer ' || (g % 20000) || ' subscription ' || (g % 977),
                            'action', case when g % 3 = 0 then 'enable' else 'disable' end,
                            'before', g % 3 <> 0, 'after', g % 3 = 0, 'reason', 'reason ' || (g % 50),
                            'outcome', json_build_object('kind',
                                (array['SUCCEEDED','SUCCEEDED','SUCCEEDED','REFUSED','FAILED','CANCELLED'])[1 + g % 6],
                                'httpStatus', 200),
                            'durationMs', 40)
                    from (select g, timestamptz '2026-12-01' - (g * interval '31 seconds') as t
                          from generate_series(1, ROWS) g) rows""".replace("ROWS", String.valueOf(TEAM_ENTRIES)));
            sql.execute("alter table team_activity enable trigger team_activity_announce");
            sql.execute("vacuum analyze team_activity");
        }
    }

    private static List<Double> queries(TeamDatabase database, Path home, int runs) throws Exception {
        Instant end = Instant.parse("2026-12-01T00:00:00Z");
        List<ActivityQuery> filters = List.of(
                ActivityQuery.all().withEnvironment("env3").withOutcomes(Set.of(OutcomeKind.REFUSED)),
                ActivityQuery.all().withUser("op17"),
                ActivityQuery.all().withItem(Api.FYNN, "target-1234", "item-2"),
                ActivityQuery.all().withText("customer 4711 "),
                ActivityQuery.all().between(end.minus(Duration.ofDays(60)), end.minus(Duration.ofDays(30))),
                ActivityQuery.all().withEnvironment("env5").withUser("op13")
                        .between(end.minus(Duration.ofDays(200)), end.minus(Duration.ofDays(100))));
        TeamActivityReader reader = new TeamActivityReader(() -> java.util.Optional.of(database),
                new ActivityLog(home.resolve("decoder")));
        for (ActivityQuery warmUp : filters) {
            reader.page(warmUp, null, 200);
        }
        List<Double> samples = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (ActivityQuery filter : filters) {
                long start = System.nanoTime();
                SharedActivity.Page first = reader.page(filter, null, 200);
                samples.add((System.nanoTime() - start) / 1e6);
                if (first.next().isPresent()) {
                    start = System.nanoTime();
                    reader.page(filter, first.next().get(), 200);
                    samples.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        reader.close();
        return samples;
    }

    private static List<Double> catchUp(TeamDatabase database, Path home, int runs) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path desk = home.resolve("catch-up-" + run);
            Path activity = desk.resolve("activity");
            Files.createDirectories(activity);
            Instant now = Instant.now();
            // the local log as the console writes it, made in one go (the console forces every line to disk)
            try (Writer out = Files.newBufferedWriter(activity.resolve("activity-"
                    + YearMonth.from(now.atOffset(ZoneOffset.UTC)) + ".jsonl"), StandardCharsets.UTF_8)) {
                for (int i = 0; i < BACKLOG; i++) {
                    out.write(json.writeValueAsString(app.switchboard.team.TeamEntries.entry(
                            "catch-up-" + run + "-" + i, "bench", now)) + "\n");
                }
            }
            try (TeamReplicator replicator = new TeamReplicator(new ActivityLog(activity), database,
                    new ReplicationMark(desk), Clock.systemUTC(), TeamReplicator.Timing.defaults())) {
                long start = System.nanoTime();
                replicator.shipNow();
                rates.add(BACKLOG / ((System.nanoTime() - start) / 1e9));
            }
        }
        return rates;
    }

    private static List<Double> live(TeamSettings settings, Path home, int runs) throws Exception {
        Path mine = home.resolve("live");
        new TeamSettingsStore(mine).save(settings);
        List<Double> delays = new ArrayList<>();
        BlockingQueue<Long> heard = new ArrayBlockingQueue<>(16);
        try (TeamMode team = new TeamMode(new TeamSettingsStore(mine), new InMemorySecretStore(),
                new ActivityLog(mine.resolve("activity")), new ReplicationMark(mine), Clock.systemUTC(),
                TeamReplicator.Timing.defaults())) {
            team.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!team.listening() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            team.changes().add(change -> heard.offer(System.nanoTime()));
            TeamDatabase colleague = TeamDatabase.of(TeamSettings.ofHost(settings.host(), settings.port(),
                    settings.database(), settings.user(), "desk-anna"), null);
            for (int run = 0; run < Math.max(runs, 10); run++) {
                try (Connection c = colleague.connect(); Statement sql = c.createStatement()) {
                    String id = "live-" + run;
                    long start = System.nanoTime();
                    sql.execute("insert into team_activity (entry_id, at, desk, environment, api, outcome, entry) values ('"
                            + id + "', now(), 'desk-anna', 'env1', 'FYNN', 'SUCCEEDED', '{}')");
                    Long at = heard.poll(5, TimeUnit.SECONDS);
                    delays.add(at == null ? 5000.0 : (at - start) / 1e6);
                }
            }
        }
        return delays;
    }
}
