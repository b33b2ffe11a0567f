package app.switchboard.cli;

/**
 * Makes text from servers and files safe to print to a terminal. Names, messages and ids come from
 * outside; an escape sequence in a customer's name could otherwise move the cursor, rewrite what
 * was printed before (a confirmation prompt, a result), retitle the window or plant a link. Every
 * C0 and C1 control character, DEL and the Unicode bidirectional overrides (which reorder what a
 * line appears to say) are shown as visible escapes such as {@code \x1b}, so nothing is lost and
 * nothing acts.
 */
final class TerminalText {
    private TerminalText() {
    }

    /** One line: line breaks are escaped as well. */
    static String cell(String text) {
        return escape(text, false);
    }

    /** A message that may span lines: {@code \n} stays, every other control is escaped. */
    static String safe(String text) {
        return escape(text, true);
    }

    static boolean isUnsafe(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    private static String escape(String text, boolean keepNewlines) {
        if (text == null) {
            return null;
        }
        int first = 0;
        while (first < text.length() && !(isUnsafe(text.charAt(first)) && !(keepNewlines && text.charAt(first) == '\n'))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keepNewlines && c == '\n') {
                out.append(c);
            } else if (isUnsafe(c)) {
                out.append(c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
