package app.switchboard.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a CSV file for spreadsheets: UTF-8 starting with a byte-order mark. Without the mark Excel
 * reads the file in the ANSI code page and shows "Ã¼" for "ü"; with it, every export opens right.
 */
public final class CsvFile {
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvFile() {
    }

    /** Creates or replaces {@code file} and writes the byte-order mark; the caller writes the rows and closes it. */
    public static BufferedWriter create(Path file) throws IOException {
        BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out.write(BYTE_ORDER_MARK);
        return out;
    }
}
