package app.switchboard.cli;

import app.switchboard.audit.Api;
import app.switchboard.audit.CsvReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * A bulk change file: CSV with the columns api, target id, feature or entitlement, on/off, reason.
 * A first row starting with "api" is a header; empty rows and rows starting with # are skipped.
 * Every problem is reported with its line before anything is sent, including a switch named on
 * more than one line: lines run in batches, not in the file's order, so "on" then "off" for the
 * same switch would have no defined result, and a repeat is most likely a mistake in the file.
 * Files as Excel saves them are read too: "CSV UTF-8" (with a byte-order mark), plain "CSV" (the
 * ANSI code page, Windows-1252 in Western Europe) and, with German regional settings, {@code ;}
 * between the cells.
 */
final class BulkFile {
    private static final int MAX_PROBLEMS = 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /**
     * One wanted change.
     *
     * @param targetId DER entity id, or Fynn subscription id
     * @param item     DER feature name, or Fynn entitlement id
     */
    record Line(int line, Api api, String targetId, String item, boolean on, String reason) {
        /** The switch this line names, whatever it asks for. */
        private List<String> target() {
            return List.of(api.name(), targetId, item);
        }
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
        problems.addAll(repeats(lines));
        if (!problems.isEmpty()) {
            // the first problems say what is wrong; a wrong file would otherwise fill the terminal line by line
            List<String> shown = problems.size() <= MAX_PROBLEMS ? problems : new ArrayList<>(problems.subList(0, MAX_PROBLEMS));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add("… and " + (problems.size() - MAX_PROBLEMS) + " more");
            }
            throw new UsageException("The bulk file has problems; nothing was sent:\n  " + String.join("\n  ", shown));
        }
        if (lines.isEmpty()) {
            throw new UsageException("The bulk file lists no changes (columns: api, target id, feature or entitlement, on/off, reason).");
        }
        return lines;
    }

    /** One problem per switch named on several lines, with the line numbers and what each asks for. */
    private static List<String> repeats(List<Line> lines) {
        Map<List<String>, List<Line>> byTarget = new LinkedHashMap<>();
        lines.forEach(l -> byTarget.computeIfAbsent(l.target(), t -> new ArrayList<>()).add(l));
        List<String> problems = new ArrayList<>();
        byTarget.values().stream().filter(same -> same.size() > 1).forEach(same -> {
            Line first = same.get(0);
            boolean contradict = same.stream().anyMatch(l -> l.on() != first.on());
            String numbers = String.join(", ", same.stream().map(l -> Integer.toString(l.line())).toList());
            problems.add("Lines " + numbers + " all name " + (first.api() == Api.DER_CONNECT ? "entity " : "subscription ")
                    + first.targetId() + " / " + first.item() + (contradict
                    ? " and contradict each other (" + String.join(", ", same.stream().map(l -> l.on() ? "on" : "off").toList())
                    + "): keep the one you mean" : ": keep one line per switch"));
        });
        return problems;
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
