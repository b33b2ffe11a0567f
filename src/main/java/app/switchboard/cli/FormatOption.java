package app.switchboard.cli;

import picocli.CommandLine.Option;

/** {@code --format} for commands that print results, and {@code --raw-csv} for scripts that need exact values. */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (readable), csv (RFC 4180) or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--raw-csv", description = "With --format csv: values exactly as stored, for scripts. By default "
            + "cells a spreadsheet would run as a formula (= + - @) get a leading ' and control characters are "
            + "shown as \\xNN, as in the app's exports.")
    boolean rawCsv;

    public OutputFormat format() {
        if (rawCsv && format != OutputFormat.CSV) {
            throw new UsageException("--raw-csv goes with --format csv.");
        }
        return format;
    }

    /** Whether CSV keeps every value exactly, formulas and control characters included. */
    public boolean rawCsv() {
        return rawCsv;
    }
}
