package app.switchboard.audit;

import app.switchboard.client.KnownSecrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static app.switchboard.audit.Entries.entry;
import static org.assertj.core.api.Assertions.assertThat;

class ActivityLogTest {
    private static final Instant NOV = Instant.parse("2026-11-21T10:15:30Z");
    private static final String TORN = "{\"id\":\"torn\",\"time\":\"2026-11-21T10:1";

    @TempDir
    Path dir;

    private final List<SkippedLine> warnings = new CopyOnWriteArrayList<>();

    private ActivityLog log() {
        return new ActivityLog(dir, warnings::add);
    }

    private static List<ActivityEntry> read(ActivityLog log, ActivityQuery query) {
        try (Stream<ActivityEntry> entries = log.query(query)) {
            return entries.toList();
        }
    }

    @Test
    void anAppendedEntryIsOnDiskAsOneJsonLineAndReadsBackEqual() throws Exception {
        ActivityLog log = log();
        ActivityEntry entry = entry(NOV);

        log.append(entry);

        List<String> lines = Files.readAllLines(dir.resolve("activity-2026-11.jsonl"));
        assertThat(lines).singleElement().asString().startsWith("{").contains("\"environment\":\"Production\"");
        assertThat(read(log, ActivityQuery.all())).containsExactly(entry);
    }

    @Test
    void eachMonthHasItsOwnFileAndQueriesReadAcrossThemInOrder() {
        ActivityLog log = log();
        ActivityEntry october = entry(Instant.parse("2026-10-31T23:59:59Z"));
        ActivityEntry november = entry(Instant.parse("2026-11-01T00:00:00Z"));
        ActivityEntry december = entry(Instant.parse("2026-12-01T08:00:00Z"));

        log.append(october);
        log.append(november);
        log.append(december);

        assertThat(log.fileFor(YearMonth.of(2026, 10))).exists();
        assertThat(log.fileFor(YearMonth.of(2026, 11))).exists();
        assertThat(log.fileFor(YearMonth.of(2026, 12))).exists();
        assertThat(read(log, ActivityQuery.all())).containsExactly(october, november, december);
        assertThat(read(log, ActivityQuery.all().between(Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z")))).containsExactly(november);
        assertThat(log.monthFiles(Instant.parse("2026-11-05T00:00:00Z"), null))
                .extracting(p -> p.getFileName().toString())
                .containsExactly("activity-2026-11.jsonl", "activity-2026-12.jsonl");
    }

    @Test
    void aTornLastLineIsSkippedWithAWarning() throws Exception {
        ActivityLog log = log();
        ActivityEntry first = entry(NOV);
        ActivityEntry second = entry(NOV.plusSeconds(1));
        log.append(first);
        log.append(second);
        Path file = log.fileFor(YearMonth.of(2026, 11));
        Files.write(file, TORN.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        assertThat(read(log, ActivityQuery.all())).containsExactly(first, second);
        assertThat(warnings).singleElement().satisfies(w -> {
            assertThat(w.lineNumber()).isEqualTo(3);
            assertThat(w.file()).isEqualTo(file);
        });
    }

    @Test
    void theNextAppendMovesATornEndAsideSoTheLogHoldsOnlyWholeLines() throws Exception {
        ActivityLog log = log();
        ActivityEntry first = entry(NOV);
        log.append(first);
        Path file = log.fileFor(YearMonth.of(2026, 11));
        Files.write(file, TORN.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        ActivityEntry second = entry(NOV.plusSeconds(2));
        log.append(second);

        assertThat(read(log, ActivityQuery.all())).containsExactly(first, second);
        assertThat(warnings).isEmpty();
        assertThat(Files.readAllLines(file)).hasSize(2);
        assertThat(Files.readString(file.resolveSibling("activity-2026-11.jsonl.torn"))).isEqualTo(TORN + "\n");
        assertThat(log.monthFiles(null, null)).containsExactly(file);
    }

    @Test
    void aLineTornInsideAMultiByteCharacterIsSkippedToo() throws Exception {
        ActivityLog log = log();
        ActivityEntry first = entry(NOV);
        log.append(first);
        byte[] euro = "{\"targetName\":\"€".getBytes(StandardCharsets.UTF_8);
        Files.write(log.fileFor(YearMonth.of(2026, 11)), java.util.Arrays.copyOf(euro, euro.length - 1),
                StandardOpenOption.APPEND);

        assertThat(read(log, ActivityQuery.all())).containsExactly(first);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void filtersByEnvironmentTargetOutcomeUserAndDateRange() {
        ActivityLog log = log();
        ActivityEntry prodAlice = entry(NOV, "Production", "alice", OutcomeKind.SUCCEEDED, "EV \"Anna\" (VIN1)");
        ActivityEntry prodBob = entry(NOV.plusSeconds(60), "Production", "bob", OutcomeKind.REFUSED, "EV \"Ben\" (VIN2)");
        ActivityEntry stagingAlice = entry(NOV.plusSeconds(120), "Staging", "alice", OutcomeKind.FAILED, "EV \"Anna\" (VIN1)");
        List.of(prodAlice, prodBob, stagingAlice).forEach(log::append);

        assertThat(read(log, ActivityQuery.all().withEnvironment("Production"))).containsExactly(prodAlice, prodBob);
        assertThat(read(log, ActivityQuery.all().withUser("alice"))).containsExactly(prodAlice, stagingAlice);
        assertThat(read(log, ActivityQuery.all().withText("anna"))).containsExactly(prodAlice, stagingAlice);
        assertThat(read(log, ActivityQuery.all().withTargetId(prodBob.targetId()))).containsExactly(prodBob);
        assertThat(read(log, ActivityQuery.all().withOutcomes(Set.of(OutcomeKind.REFUSED, OutcomeKind.FAILED))))
                .containsExactly(prodBob, stagingAlice);
        assertThat(read(log, ActivityQuery.all().between(NOV.plusSeconds(60), NOV.plusSeconds(120))))
                .containsExactly(prodBob);
        assertThat(read(log, ActivityQuery.all().withItem(Api.DER_CONNECT, prodAlice.targetId(), "CaptureChargeSessions")
                .withEnvironment("Staging"))).containsExactly(stagingAlice);
        assertThat(read(log, ActivityQuery.all().withItem(Api.FYNN, prodAlice.targetId(), "CaptureChargeSessions"))).isEmpty();
    }

    @Test
    void concurrentAppendsEachLandAsAWholeLine() throws Exception {
        ActivityLog log = log();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        try {
            for (int i = 0; i < 400; i++) {
                Instant time = NOV.plusMillis(i);
                writes.add(pool.submit(() -> log.append(entry(time))));
            }
            for (Future<?> write : writes) {
                write.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(read(log, ActivityQuery.all())).hasSize(400).doesNotHaveDuplicates();
        assertThat(Files.readAllLines(log.fileFor(YearMonth.of(2026, 11)))).hasSize(400);
        assertThat(warnings).isEmpty();
    }

    @Test
    void credentialsInAServerMessageNeverReachTheFile() throws Exception {
        ActivityLog log = log();
        ActivityEntry leaky = new ActivityEntry("id-1", NOV, "alice", "Production", Api.FYNN, "sub-1", "ent-1",
                "ACME", ActivityEntry.ENABLE, false, null, "client_secret=hunter2 in ticket",
                new ActivityOutcome(OutcomeKind.FAILED, 401, "rejected Authorization: Bearer eyJhbGciOi.J9.sig"),
                5, null, null, null);

        log.append(leaky);

        String written = Files.readString(log.fileFor(YearMonth.of(2026, 11)));
        assertThat(written).doesNotContain("hunter2", "eyJhbGciOi").contains("Authorization: [redacted]", "client_secret=[redacted]");
    }

    @Test
    void knownSecretsWithAwkwardCharactersNeverReachTheFileInAnyForm() throws Exception {
        String key = "fynn key!{x}, \"quoted\" & Schlüssel";
        KnownSecrets known = KnownSecrets.of(List.of(key));
        ActivityLog log = log().masking(known);
        ActivityEntry leaky = new ActivityEntry("id-2", NOV, "alice", "Production", Api.FYNN, "sub-1", "ent-1",
                "ACME", ActivityEntry.ENABLE, false, null, "pasted " + key + " by mistake",
                new ActivityOutcome(OutcomeKind.FAILED, 401, "Fynn said: Bearer " + key + " is revoked"),
                5, null, null, null);

        log.append(leaky);

        String written = Files.readString(log.fileFor(YearMonth.of(2026, 11)));
        assertThat(written).doesNotContain("Schl", "quoted", "{x}").contains("pasted [redacted] by mistake");
        assertThat(read(log, ActivityQuery.all())).singleElement()
                .satisfies(e -> assertThat(e.outcome().message()).isEqualTo("Fynn said: Bearer [redacted] is revoked"));
    }

    @Test
    void anEmptyOrMissingFolderReadsAsNoActivity() {
        assertThat(read(new ActivityLog(dir.resolve("none")), ActivityQuery.all())).isEmpty();
    }
}
