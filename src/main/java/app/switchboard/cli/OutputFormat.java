package app.switchboard.cli;

/** How a command prints what it found: a table for people, CSV and JSON for scripts. */
public enum OutputFormat {
    TABLE, CSV, JSON
}
