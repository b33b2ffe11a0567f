package app.switchboard.cli;

import picocli.CommandLine.Option;

/** {@code --format} for commands that print results. */
public final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (readable), csv (RFC 4180) or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TABLE;

    public OutputFormat format() {
        return format;
    }
}
