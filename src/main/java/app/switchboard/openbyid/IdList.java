package app.switchboard.openbyid;

import app.switchboard.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Entity ids as an operator pastes or imports them: one per line (several on a line when spaces
 * part them), or CSV (comma, semicolon or tab) taking the column headed "id" (also "entityId",
 * "entity_id", "entity id") or else the first column; a header row is not data. A line that gives
 * no id is kept as a bad line with its number, its text and why, so nothing is dropped unseen.
 *
 * @param ids each id once, in the order given
 * @param bad the lines that gave no id
 */
public record IdList(List<String> ids, List<BadLine> bad) {
    /** Long enough for any id seen; longer text is a pasted sentence, not an id. */
    static final int MAX_ID_LENGTH = 128;
    /** Ids hold letters, digits and a few joiners (uuids, numbers, slugs), and at least one digit. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
    private static final Set<String> ID_HEADERS = Set.of("id", "entityid", "entity_id", "entity id", "entity-id");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A line of the input that gave no id: 1-based number, its text as given, and why. */
    public record BadLine(int number, String text, Words why) {
    }

    public IdList {
        ids = List.copyOf(ids);
        bad = List.copyOf(bad);
    }

    public static IdList parse(String text) {
        String[] lines = text == null ? new String[0] : text.split("\r?\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first == lines.length) {
            return new IdList(List.of(), List.of());
        }
        // spacing around the first line (a trailing tab) says nothing about columns
        char separator = separatorOf(lines[first].strip());
        return separator == 0 ? perLine(lines, first) : csv(lines, first, separator);
    }

    /** e.g. "line 4 “Fleet car 12”: not an entity id", one for each bad line. */
    public List<Words> badLines() {
        return bad.stream().map(b -> Words.of("openbyid.bad.line", b.number(), b.text(), b.why())).toList();
    }

    public boolean isEmpty() {
        return ids.isEmpty() && bad.isEmpty();
    }

    private static IdList perLine(String[] lines, int first) {
        Set<String> ids = new LinkedHashSet<>();
        List<BadLine> bad = new ArrayList<>();
        for (int i = first; i < lines.length; i++) {
            String line = unquoted(lines[i].strip());
            if (line.isEmpty() || (i == first && ID_HEADERS.contains(line.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            List<String> tokens = List.of(SPACES.split(line));
            if (tokens.stream().allMatch(IdList::isId)) {
                ids.addAll(tokens);
            } else {
                bad.add(new BadLine(i + 1, lines[i].strip(), Words.of("openbyid.bad.notAnId")));
            }
        }
        return new IdList(new ArrayList<>(ids), bad);
    }

    private static IdList csv(String[] lines, int first, char separator) {
        List<String> header = cells(lines[first], separator);
        int column = 0;
        boolean headed = false;
        for (int c = 0; c < header.size(); c++) {
            if (ID_HEADERS.contains(header.get(c).toLowerCase(Locale.ROOT))) {
                column = c;
                headed = true;
                break;
            }
        }
        // a first row with no id in it is a header naming other columns
        headed = headed || header.stream().noneMatch(IdList::isId);
        Set<String> ids = new LinkedHashSet<>();
        List<BadLine> bad = new ArrayList<>();
        for (int i = headed ? first + 1 : first; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> row = cells(lines[i], separator);
            String cell = column < row.size() ? row.get(column) : "";
            if (cell.isEmpty()) {
                bad.add(new BadLine(i + 1, lines[i].strip(), Words.of("openbyid.bad.noId")));
            } else if (isId(cell)) {
                ids.add(cell);
            } else {
                bad.add(new BadLine(i + 1, lines[i].strip(), Words.of("openbyid.bad.notAnId")));
            }
        }
        return new IdList(new ArrayList<>(ids), bad);
    }

    /** The separator a CSV line uses, the most frequent of tab, semicolon and comma; 0 for none. */
    private static char separatorOf(String line) {
        char best = 0;
        long most = 0;
        for (char candidate : new char[] {'\t', ';', ','}) {
            long count = line.chars().filter(ch -> ch == candidate).count();
            if (count > most) {
                most = count;
                best = candidate;
            }
        }
        return best;
    }

    /** The cells of one CSV line: quoted cells may hold the separator, and "" stands for a quote. */
    private static List<String> cells(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == separator && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    private static String unquoted(String text) {
        return text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))
                ? text.substring(1, text.length() - 1).strip() : text;
    }

    static boolean isId(String text) {
        return text.length() <= MAX_ID_LENGTH && ID.matcher(text).matches() && text.chars().anyMatch(Character::isDigit);
    }
}
