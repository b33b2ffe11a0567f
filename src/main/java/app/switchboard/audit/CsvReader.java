package app.switchboard.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or
 * LF. The reading side of {@link ActivityCsv#quoted}: the CLI reads bulk files with it. The
 * separator is a comma unless another is given.
 */
public final class CsvReader {
    /** One record and the line it starts on (1-based), for messages. */
    public record Row(int line, List<String> cells) {
    }

    private CsvReader() {
    }

    /** @throws IllegalArgumentException when a quoted field is not closed, naming its line */
    public static List<Row> parse(String text) {
        return parse(text, ',');
    }

    /**
     * Like {@link #parse(String)} with another separator: Excel writes {@code ;} where the decimal
     * separator is a comma (German, French, ... regional settings).
     */
    public static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    line += c == '\n' ? 1 : 0;
                    cell.append(c);
                }
            } else if (c == '"' && cell.length() == 0) {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(cells)));
                cells.clear();
                rowStart = ++line;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("Line " + rowStart + ": a quoted field is not closed.");
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new Row(rowStart, List.copyOf(cells)));
        }
        return rows;
    }
}
