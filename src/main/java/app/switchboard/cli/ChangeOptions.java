package app.switchboard.cli;

import picocli.CommandLine.Option;

/** Options of every command that changes something on a server. */
public final class ChangeOptions {
    @Option(names = "--reason", paramLabel = "TEXT", description = "Why, for the activity log (required where the environment says so).")
    String reason;

    @Option(names = {"-y", "--yes"}, description = "Go ahead without asking (production also needs --confirm-env).")
    boolean yes;

    @Option(names = "--confirm-env", paramLabel = "NAME",
            description = "Repeat the environment's name to change a production environment without a prompt.")
    String confirmEnvironment;

    public String reason() {
        return reason;
    }

    public boolean yes() {
        return yes;
    }

    public String confirmEnvironment() {
        return confirmEnvironment;
    }
}
