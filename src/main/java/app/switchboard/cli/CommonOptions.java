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

    public String environment() {
        return environment;
    }

    public String passphraseVariable() {
        return passphraseVariable;
    }
}
