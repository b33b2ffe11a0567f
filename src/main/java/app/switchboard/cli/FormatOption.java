package app.switchboard.cli;

import app.switchboard.audit.CsvFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * {@code --format} for commands that print results, {@code --raw-csv} for scripts that need exact
 * values, and {@code --output} to write them to a file.
 */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (readable), csv (RFC 4180) or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    @Option(names = "--raw-csv", description = "With --format csv: values exactly as stored, for scripts. By default "
            + "cells a spreadsheet would run as a formula (= + - @) get a leading ' and control characters are "
            + "shown as \\xNN, as in the app's exports.")
    boolean rawCsv;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the result to FILE (UTF-8) instead of standard output. A CSV file starts with a "
                    + "byte-order mark, so that Excel shows every character right.")
    Path output;

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

    /** Prints the listing to standard output, or into the {@code --output} file. */
    public <T> void print(PrintWriter stdout, Listing<T> listing) {
        write(stdout, output -> output.print(listing));
    }

    /** Prints the details to standard output, or into the {@code --output} file. */
    public void print(PrintWriter stdout, Details details) {
        write(stdout, output -> output.print(details));
    }

    private void write(PrintWriter stdout, Consumer<Output> printing) {
        if (output == null) {
            printing.accept(new Output(stdout, this));
            return;
        }
        boolean failed;
        try (Writer file = format() == OutputFormat.CSV ? CsvFile.create(output)
                : Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             PrintWriter out = new PrintWriter(file)) {
            printing.accept(new Output(out, this));
            failed = out.checkError();
        } catch (IOException e) {
            throw new UsageException("Could not write " + output + ": " + e.getMessage());
        }
        if (failed) {
            throw new UsageException("Could not write " + output + " completely.");
        }
        stdout.println("Wrote " + output + ".");
        stdout.flush();
    }
}
