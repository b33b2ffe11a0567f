package app.switchboard.cli;

import app.switchboard.audit.Api;
import app.switchboard.audit.CsvReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A bulk change file: CSV with the columns api, target id, feature or entitlement, on/off, reason.
 * A first row starting with "api" is a header; empty rows and rows starting with # are skipped.
 * Every problem is reported with its line before anything is sent. Files as Excel saves them are
 * read too: "CSV UTF-8" (with a byte-order mark), plain "CSV" (the ANSI code page, Windows-1252 in
 * Western Europe) and, with German regional settings, {@code ;} between the cells.
 */
final class BulkFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * One wanted change.
     *
     * @param targetId DER entity id, or Fynn subscription id
     * @param item     DER feature name, or Fynn entitlement id
     */
    record Line(int line, Api api, String targetId, String item, boolean on, String reason) {
    }

    /** The file's text, and a note for the user when it was not UTF-8. */
    record Decoded(String text, String note) {
    }

    private BulkFile() {
    }

    /** UTF-8 when the bytes are valid UTF-8 (ASCII is), else Windows-1252, which decodes any byte. */
    static Decoded decode(byte[] bytes, String fileName) {
        try {
            return new Decoded(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString(), null);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(new String(bytes, WINDOWS_1252), "Note: " + fileName + " is not UTF-8; it was read as "
                    + "Windows-1252 (ANSI), the way Excel saves \"CSV\". Save it as \"CSV UTF-8\" to be sure of every character.");
        }
    }

    /** A semicolon when the first line has more of them than commas (outside quotes), else a comma. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r'; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<CsvReader.Row> rows;
        try {
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            rows = CsvReader.parse(body, separator(body));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        for (int i = 0; i < rows.size(); i++) {
            CsvReader.Row row = rows.get(i);
            List<String> cells = row.cells().stream().map(String::strip).toList();
            boolean empty = cells.stream().allMatch(String::isEmpty);
            boolean header = i == 0 && cells.get(0).equalsIgnoreCase("api");
            if (empty || header || cells.get(0).startsWith("#")) {
                continue;
            }
            try {
                lines.add(line(row.line(), cells));
            } catch (IllegalArgumentException e) {
                problems.add("Line " + row.line() + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new UsageException("The bulk file has problems; nothing was sent:\n  " + String.join("\n  ", problems));
        }
        if (lines.isEmpty()) {
            throw new UsageException("The bulk file lists no changes (columns: api, target id, feature or entitlement, on/off, reason).");
        }
        return lines;
    }

    private static Line line(int number, List<String> cells) {
        if (cells.size() < 4 || cells.size() > 5) {
            throw new IllegalArgumentException("expected 4 or 5 columns (api, target id, feature or entitlement, on/off, "
                    + "reason), found " + cells.size());
        }
        if (cells.get(1).isEmpty() || cells.get(2).isEmpty()) {
            throw new IllegalArgumentException("the target id and the feature or entitlement must not be empty");
        }
        String reason = cells.size() == 5 && !cells.get(4).isEmpty() ? cells.get(4) : null;
        return new Line(number, api(cells.get(0)), cells.get(1), cells.get(2), state(cells.get(3)), reason);
    }

    private static Api api(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace(" ", "").replace("-", "").replace("_", "")) {
            case "der", "derconnect" -> Api.DER_CONNECT;
            case "fynn" -> Api.FYNN;
            default -> throw new IllegalArgumentException("unknown api \"" + text + "\" (write der or fynn)");
        };
    }

    private static boolean state(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "on", "true", "active", "enable", "enabled", "1" -> true;
            case "off", "false", "inactive", "disable", "disabled", "0" -> false;
            default -> throw new IllegalArgumentException("\"" + text + "\" is neither on nor off");
        };
    }
}
