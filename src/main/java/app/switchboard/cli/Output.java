package app.switchboard.cli;

import app.switchboard.audit.ActivityCsv;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one printer of every command's results. Tables are for reading: aligned, long cells
 * shortened. CSV (RFC 4180, CRLF, a header of stable keys) and JSON (an array of objects with the
 * same keys; dates as ISO-8601 text) are for scripts and never change shape with the data.
 * Server data may carry terminal escape sequences: tables and details show control characters
 * as visible escapes ({@link TerminalText}); JSON writes them as backslash-u escapes; CSV defuses
 * spreadsheet formulas and escapes control characters like the app's exports, unless
 * {@code --raw-csv} asks for the values exactly as they are.
 */
public final class Output {
    static final int MAX_TABLE_CELL = 72;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static {
        JSON.getFactory().setCharacterEscapes(new TerminalSafeJson());
    }

    private final PrintWriter out;
    private final OutputFormat format;
    private final boolean rawCsv;

    public Output(PrintWriter out, OutputFormat format) {
        this(out, format, false);
    }

    /** Prints in the format {@code --format} names, CSV raw when {@code --raw-csv} asks for it. */
    public Output(PrintWriter out, FormatOption option) {
        this(out, option.format(), option.rawCsv());
    }

    private Output(PrintWriter out, OutputFormat format, boolean rawCsv) {
        this.out = out;
        this.format = format;
        this.rawCsv = rawCsv;
    }

    public <T> void print(Listing<T> listing) {
        switch (format) {
            case TABLE -> printTable(listing);
            case CSV -> printCsv(listing);
            case JSON -> printJson(objects(listing));
        }
        out.flush();
    }

    /** Details print as labelled lines and tables, or one JSON object; CSV has no shape for them. */
    public void print(Details details) {
        if (format == OutputFormat.CSV) {
            throw new UsageException("show prints a table or JSON; CSV fits lists only (use --format json)");
        }
        if (format == OutputFormat.JSON) {
            Map<String, Object> object = new LinkedHashMap<>();
            details.fields().forEach(f -> object.put(f.key(), jsonValue(f.value())));
            details.sections().forEach((key, listing) -> object.put(key, objects(listing)));
            printJson(object);
        } else {
            int width = details.fields().stream().mapToInt(f -> f.label().length()).max().orElse(0);
            for (Details.Field f : details.fields()) {
                out.println((pad(f.label() + ":", width + 1) + " " + TerminalText.cell(tableText(f.value()))).stripTrailing());
            }
            details.sections().forEach((key, listing) -> {
                out.println();
                out.println(Character.toUpperCase(key.charAt(0)) + key.substring(1) + ":");
                printTable(listing);
            });
        }
        out.flush();
    }

    private <T> void printTable(Listing<T> listing) {
        if (listing.rows().isEmpty()) {
            out.println("(none)");
            return;
        }
        List<Column<T>> columns = listing.columns().stream().filter(Column::inTable).toList();
        List<List<String>> cells = new ArrayList<>();
        cells.add(columns.stream().map(Column::header).toList());
        for (T row : listing.rows()) {
            cells.add(columns.stream().map(c -> shorten(tableText(c.cell(row)))).toList());
        }
        int[] widths = new int[columns.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                text.append(i == widths.length - 1 ? line.get(i) : pad(line.get(i), widths[i]) + "  ");
            }
            out.println(text.toString().stripTrailing());
        }
    }

    private <T> void printCsv(Listing<T> listing) {
        csvRow(listing.columns().stream().map(Column::key).toList());
        for (T row : listing.rows()) {
            csvRow(listing.columns().stream().map(c -> csvCell(csvText(c.cell(row)))).toList());
        }
    }

    private void csvRow(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cells.get(i));
        }
        out.print(line.append("\r\n"));
    }

    /** Times to the second in tables; CSV and JSON keep them exact. */
    private static String tableText(Object value) {
        if (value instanceof java.time.Instant instant) {
            return instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        }
        return text(value);
    }

    private static String csvText(Object value) {
        return value instanceof Boolean b ? b.toString() : text(value);
    }

    /** Raw: RFC 4180 quoting only. Otherwise formulas defused and controls escaped (line breaks kept, as CSV allows). */
    private String csvCell(String value) {
        return rawCsv ? ActivityCsv.quoted(value) : ActivityCsv.cell(TerminalText.safe(value));
    }

    private static <T> List<Map<String, Object>> objects(Listing<T> listing) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (T row : listing.rows()) {
            Map<String, Object> object = new LinkedHashMap<>();
            listing.columns().forEach(c -> object.put(c.key(), jsonValue(c.cell(row))));
            objects.add(object);
        }
        return objects;
    }

    private void printJson(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Could not write JSON", e);
        }
    }

    private static Object jsonValue(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        return text(value);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    private static String shorten(String cell) {
        String oneLine = cell.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        // cut before escaping, so that the cut never splits an escape
        return TerminalText.cell(oneLine.length() <= MAX_TABLE_CELL ? oneLine
                : oneLine.substring(0, MAX_TABLE_CELL - 1) + "…");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
