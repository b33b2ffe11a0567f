package app.switchboard.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * JSON escapes for output that may land on a terminal: Jackson escapes C0 controls already; this
 * also writes DEL, the C1 controls (0x9b starts an escape sequence on many terminals) and the
 * bidirectional overrides as backslash-u escapes. The values a script reads are unchanged.
 */
final class TerminalSafeJson extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ESCAPES;

    static {
        int[] escapes = standardAsciiEscapesForJSON();
        escapes[0x7f] = ESCAPE_STANDARD;
        ESCAPES = escapes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ESCAPES;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        // asked for characters outside the ASCII table; null writes them as they are
        return TerminalText.isUnsafe(ch) ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
