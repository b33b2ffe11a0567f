package app.switchboard.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ActivityCsvTest {

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(ActivityCsv.cell("plain")).isEqualTo("plain");
        assertThat(ActivityCsv.cell("ACME, Inc.")).isEqualTo("\"ACME, Inc.\"");
        assertThat(ActivityCsv.cell("EV \"Car\"")).isEqualTo("\"EV \"\"Car\"\"\"");
        assertThat(ActivityCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ActivityCsv.cell(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreDefused() {
        assertThat(ActivityCsv.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(ActivityCsv.cell("+1")).isEqualTo("'+1");
        assertThat(ActivityCsv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(ActivityCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ActivityCsv.cell("\tcmd")).isEqualTo("'\tcmd");
    }

    @Test
    void anExportHasAHeaderAndOneRowPerEntry() {
        ActivityEntry hostile = new ActivityEntry("id-1", Instant.parse("2026-11-21T10:00:00Z"), "alice", "Production",
                Api.DER_CONNECT, "entity-1", "CaptureChargeSessions", "=cmd|' /C calc'!A0, \"quoted\"",
                ActivityEntry.DISABLE, true, true, null,
                new ActivityOutcome(OutcomeKind.REFUSED, 400, "Battery capacity must be set"), 42, "req-9", null, null);
        StringWriter out = new StringWriter();

        long rows = ActivityCsv.write(Stream.of(hostile), out);

        assertThat(rows).isEqualTo(1);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("time,user,environment,api,target,");
        assertThat(lines[1]).isEqualTo("2026-11-21T10:00:00Z,alice,Production,DER Connect,"
                + "\"'=cmd|' /C calc'!A0, \"\"quoted\"\"\",entity-1,CaptureChargeSessions,disable,on,on,,refused,400,"
                + "Battery capacity must be set,42,req-9,,,id-1");
    }

    @Test
    void anExportFileHoldsOnlyTheQueriedEntriesAndOpensAsUtf8(@TempDir Path dir) throws Exception {
        ActivityLog log = new ActivityLog(dir.resolve("activity"));
        log.append(Entries.entry(Instant.parse("2026-11-21T10:00:00Z"), "Production", "jürgen", OutcomeKind.SUCCEEDED, "Wärmepumpe"));
        log.append(Entries.entry(Instant.parse("2026-11-21T11:00:00Z"), "Staging", "jürgen", OutcomeKind.SUCCEEDED, "EV"));
        Path csv = dir.resolve("export.csv");

        long rows = ActivityCsv.export(log, ActivityQuery.all().withEnvironment("Production"), csv);

        assertThat(rows).isEqualTo(1);
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFtime,").contains("jürgen", "Wärmepumpe").doesNotContain("Staging");
    }
}
