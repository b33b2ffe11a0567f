package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity log keeps its English record and, beside it, the words the window says in its language. */
class ActivityWordsTest {
    @TempDir
    Path dir;

    @Test
    void aNewEntryKeepsTheEnglishMessageAndNameAndCarriesWordsTheWindowCanSayInGerman() throws IOException {
        ActivityLog log = new ActivityLog(dir);
        FakeGateway fynn = Fixtures.fynn();
        ChangeTarget target = Fixtures.entitlement(Fixtures.PRODUCTION, 7);
        fynn.set(target, true);
        ChangeEngine engine = Fixtures.engine(log, new Fixtures.ScriptedConfirmer(ConfirmationAnswer.cancelled()), fynn);

        engine.change(ChangeRequest.set(target, true, false));

        String line = onlyLine();
        assertThat(line).contains("\"message\":\"cancelled at the confirmation\"")
                .contains("\"targetName\":\"ACME GmbH (C-7) · subscription S-7 · Premium support\"")
                .doesNotContain("Abonnement");
        ActivityEntry entry = Fixtures.entries(log).get(0);
        assertThat(entry.outcome().text().in(Locale.GERMAN)).isEqualTo("bei der Bestätigung abgebrochen");
        assertThat(entry.targetText().in(Locale.GERMAN)).isEqualTo("ACME GmbH (C-7) · Abonnement S-7 · Premium support");
        assertThat(entry.targetText().english()).isEqualTo(target.displayName());
    }

    @Test
    void anEntryWrittenBeforeWordsWereRecordedReadsAsRecorded() throws IOException {
        Files.writeString(dir.resolve("activity-2026-10.jsonl"), "{\"id\":\"old-1\",\"time\":\"2026-10-02T09:00:00Z\","
                + "\"user\":\"bob\",\"environment\":\"Production\",\"api\":\"FYNN\",\"targetId\":\"sub-1\",\"item\":\"ent-1\","
                + "\"targetName\":\"ACME GmbH · subscription S-1 · entitlement ent-1\",\"action\":\"disable\",\"before\":true,"
                + "\"after\":true,\"outcome\":{\"kind\":\"CANCELLED\",\"message\":\"cancelled at the confirmation\"},"
                + "\"durationMs\":0}\n");

        List<ActivityEntry> entries = Fixtures.entries(new ActivityLog(dir));

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).outcome().text().in(Locale.GERMAN)).isEqualTo("cancelled at the confirmation");
        assertThat(entries.get(0).targetText().in(Locale.GERMAN)).isEqualTo("ACME GmbH · subscription S-1 · entitlement ent-1");
    }

    @Test
    void anEntitlementWithoutAFeatureNameIsNamedByItsKindInTheReadersLanguage() {
        ChangeTarget target = ChangeTarget.fynnEntitlement(Fixtures.TEST, "sub-1", "ent-9", null, null, "S-1", null);

        assertThat(target.displayName()).isEqualTo("subscription S-1 · entitlement ent-9");
        assertThat(target.name().in(Locale.GERMAN)).isEqualTo("Abonnement S-1 · Berechtigung ent-9");
    }

    private String onlyLine() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<String> lines = Files.readAllLines(files.filter(f -> f.toString().endsWith(".jsonl")).findFirst().orElseThrow());
            assertThat(lines).hasSize(1);
            return lines.get(0);
        }
    }
}
