package app.switchboard.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--env", paramLabel = "NAME",
            description = "Environment to work in (default: the one last selected in the app, else Demo; "
                    + "Demo starts the built-in sandbox).")
    String environment;

    @Option(names = "--passphrase-env", paramLabel = "VARIABLE",
            description = "Read the master passphrase of the secret file from this environment variable "
                    + "(for scripts; on a terminal it is asked for).")
    String passphraseVariable;

    @Option(names = "--diagnose", description = "When an answer suggests the server differs from the documented "
            + "contract (404/405 on a known path, an unreadable body, an unknown error shape), print a diagnostic "
            + "report for the vendor: method, path template, status, response headers, start of the body; secrets masked.")
    boolean diagnose;

    public String environment() {
        return environment;
    }

    public String passphraseVariable() {
        return passphraseVariable;
    }
}
