package app.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.switchboard.audit.CsvReader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one printer: CSV and JSON carry values exactly and parse back; tables stay readable. */
class OutputTest {
    record Row(String name, Integer count, Boolean on, Instant when) {
    }

    private static final List<Column<Row>> COLUMNS = List.of(
            Column.of("name", "Name", Row::name),
            Column.of("count", "Count", Row::count),
            Column.of("on", "On", Row::on),
            Column.dataOnly("when", "When", Row::when));
    private static final List<Row> ROWS = List.of(
            new Row("Solaire, \"Côte\" d'Azur\nSARL", 3, true, Instant.parse("2026-11-20T10:00:00.123Z")),
            new Row("=cmd|' /C calc'!A0", null, false, null),
            new Row("x".repeat(80), 0, null, Instant.parse("2026-01-01T00:00:00Z")));

    @Test
    void rawCsvQuotesWhatNeedsItAndParsesBackToTheSameValues() {
        String csv = print(format("csv", true));
        List<CsvReader.Row> rows = CsvReader.parse(csv);
        assertThat(rows.get(0).cells()).containsExactly("name", "count", "on", "when");
        assertThat(rows.get(1).cells()).containsExactly(ROWS.get(0).name(), "3", "true", "2026-11-20T10:00:00.123Z");
        assertThat(rows.get(2).cells()).containsExactly(ROWS.get(1).name(), "", "false", "");
        assertThat(rows.get(3).cells().get(0)).hasSize(80);
        assertThat(csv.split("\r\n", -1)).hasSize(5);
    }

    @Test
    void jsonKeepsTypesAndNulls() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(print(OutputFormat.JSON));
        assertThat(rows.get(0).get("name").asText()).isEqualTo(ROWS.get(0).name());
        assertThat(rows.get(0).get("count").isInt()).isTrue();
        assertThat(rows.get(0).get("on").isBoolean()).isTrue();
        assertThat(rows.get(0).get("when").asText()).isEqualTo("2026-11-20T10:00:00.123Z");
        assertThat(rows.get(1).get("count").isNull()).isTrue();
    }

    @Test
    void tablesShortenLongCellsKeepOneLinePerRowAndLeaveOutDataOnlyColumns() {
        String[] lines = print(OutputFormat.TABLE).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("Name" + " ".repeat(Output.MAX_TABLE_CELL - 4) + "  Count  On");
        assertThat(lines[1]).contains("Solaire").contains("yes");
        assertThat(Arrays.stream(lines).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(Output.MAX_TABLE_CELL + 20);
        assertThat(lines[3]).contains("…");
    }

    @Test
    void detailsCannotBePrintedAsCsv() {
        Output csv = new Output(new PrintWriter(new StringWriter()), OutputFormat.CSV);
        assertThatThrownBy(() -> csv.print(new Details().field("id", "ID", "x"))).isInstanceOf(UsageException.class);
    }

    @Test
    void timeArgumentsReadSpansDatesAndDateTimes() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        assertThat(TimeArguments.span("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(TimeArguments.span("2w")).isEqualTo(Duration.ofDays(14));
        assertThat(TimeArguments.span("P1DT2H")).isEqualTo(Duration.ofHours(26));
        assertThat(TimeArguments.since("12h", now)).isEqualTo(Instant.parse("2026-11-19T22:00:00Z"));
        assertThat(TimeArguments.since("2026-11-01", now)).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(TimeArguments.since("2026-11-01T09:00:00+01:00", now)).isEqualTo(Instant.parse("2026-11-01T08:00:00Z"));
        assertThatThrownBy(() -> TimeArguments.span("a month")).isInstanceOf(UsageException.class);
    }

    @Test
    void csvDefusesSpreadsheetFormulasByDefaultAndRawCsvKeepsThem() {
        List<CsvReader.Row> defused = CsvReader.parse(print(format("csv", false)));
        List<CsvReader.Row> raw = CsvReader.parse(print(format("csv", true)));

        assertThat(defused.get(2).cells().get(0)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(raw.get(2).cells().get(0)).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(defused.get(1).cells().get(0)).as("line breaks inside a quoted cell are CSV, not a control")
                .isEqualTo(ROWS.get(0).name());
        assertThatThrownBy(() -> format("json", true).format()).isInstanceOf(UsageException.class)
                .hasMessageContaining("--raw-csv goes with --format csv");
    }

    @Test
    void terminalControlsFromServerDataNeverReachTheTerminalRaw() throws Exception {
        String hostile = "Anna\u001b]8;;http://evil.example\u0007click\u001b]8;;\u0007\u001b[2J\u009b31m\rOK \u202Egnp.exe";
        List<Column<String>> columns = List.of(Column.of("name", "Name", n -> n));
        List<String> rows = List.of(hostile);

        for (FormatOption format : List.of(format("table", false), format("csv", false), format("json", false))) {
            StringWriter text = new StringWriter();
            new Output(new PrintWriter(text), format).print(new Listing<>(columns, rows));
            assertThat(text.toString().replace("\r\n", "\n")).as(format.format().name()).doesNotContain("\u001b", "\u0007", "\u009b", "\r", "\u202E");
        }
        StringWriter table = new StringWriter();
        new Output(new PrintWriter(table), format("table", false)).print(new Listing<>(columns, rows));
        assertThat(table.toString()).contains("Anna\\x1b]8;;http://evil.example\\x07click", "\\x9b31m OK \\u202egnp.exe");
        StringWriter details = new StringWriter();
        new Output(new PrintWriter(details), format("table", false)).print(new Details().field("name", "Name", hostile));
        assertThat(details.toString()).doesNotContain("\u001b").contains("\\x1b[2J");
        StringWriter json = new StringWriter();
        new Output(new PrintWriter(json), format("json", false)).print(new Listing<>(columns, rows));
        assertThat(new ObjectMapper().readTree(json.toString()).get(0).get("name").asText())
                .as("JSON escapes, the value a script reads is unchanged").isEqualTo(hostile);
        StringWriter raw = new StringWriter();
        new Output(new PrintWriter(raw), format("csv", true)).print(new Listing<>(columns, rows));
        assertThat(CsvReader.parse(raw.toString()).get(1).cells().get(0)).isEqualTo(hostile);
    }

    @Test
    void errorMessagesKeepLineBreaksAndEscapeEveryOtherControl() {
        assertThat(TerminalText.safe("Line 1\nLine 2\u001b[1A\rgone")).isEqualTo("Line 1\nLine 2\\x1b[1A\\x0dgone");
        assertThat(TerminalText.cell("plain Müller €")).isEqualTo("plain Müller €");
    }

    private static FormatOption format(String name, boolean rawCsv) {
        FormatOption option = new FormatOption();
        option.format = OutputFormat.valueOf(name.toUpperCase(java.util.Locale.ROOT));
        option.rawCsv = rawCsv;
        return option;
    }

    private static String print(FormatOption format) {
        StringWriter text = new StringWriter();
        new Output(new PrintWriter(text), format).print(new Listing<>(COLUMNS, ROWS));
        return text.toString();
    }

    private static String print(OutputFormat format) {
        StringWriter text = new StringWriter();
        new Output(new PrintWriter(text), format).print(new Listing<>(COLUMNS, ROWS));
        return text.toString();
    }
}
