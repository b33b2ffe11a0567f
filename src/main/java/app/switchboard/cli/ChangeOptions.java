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

    @Option(names = "--apply-at", paramLabel = "TIME",
            description = "Where the change needs approval: apply it at this time once approved, ISO-8601, e.g. "
                    + "2026-12-08T09:00 (your time zone) or 2026-12-08T08:00:00Z.")
    String applyAt;

    public String reason() {
        return reason;
    }

    public boolean yes() {
        return yes;
    }

    /** As typed; read by {@link TimeArguments#applyAt}. */
    public String applyAt() {
        return applyAt;
    }

    public String confirmEnvironment() {
        return confirmEnvironment;
    }
}
