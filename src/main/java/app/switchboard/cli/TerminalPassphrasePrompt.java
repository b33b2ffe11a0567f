package app.switchboard.cli;

import app.switchboard.credentials.PassphrasePrompt;
import app.switchboard.credentials.SecretStoreException;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The master passphrase for the command line: from the environment variable named by
 * {@code --passphrase-env} when given, else asked on the terminal without echo, else refused with
 * a message that says how to provide it. Never printed.
 */
final class TerminalPassphrasePrompt implements PassphrasePrompt {
    private final Terminal terminal;
    private final String variable;
    private final Function<String, String> variables;

    TerminalPassphrasePrompt(Terminal terminal, String variable, Function<String, String> variables) {
        this.terminal = terminal;
        this.variable = variable;
        this.variables = variables;
    }

    @Override
    public char[] existingPassphrase(String location, boolean previousWasWrong) {
        if (variable != null) {
            return fromVariable();
        }
        requireTerminal(location);
        return terminal.readSecret((previousWasWrong ? "Wrong passphrase. " : "")
                + "Master passphrase of " + location + ": ");
    }

    @Override
    public char[] newPassphrase(String location) {
        if (variable != null) {
            return fromVariable();
        }
        requireTerminal(location);
        char[] first = terminal.readSecret("New master passphrase for " + location + ": ");
        char[] again = terminal.readSecret("Repeat the new master passphrase: ");
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                throw new SecretStoreException(SecretStoreException.Reason.LOCKED,
                        "The two passphrases differ; nothing was stored.");
            }
            return first.clone();
        } finally {
            wipe(first);
            wipe(again);
        }
    }

    private char[] fromVariable() {
        String value = variables.apply(variable);
        if (value == null || value.isEmpty()) {
            throw new SecretStoreException(SecretStoreException.Reason.LOCKED, "The environment variable " + variable
                    + " named by --passphrase-env is not set; the secret file stays locked.");
        }
        return value.toCharArray();
    }

    private void requireTerminal(String location) {
        if (!terminal.interactive()) {
            throw new SecretStoreException(SecretStoreException.Reason.LOCKED, "The secret file " + location
                    + " needs its master passphrase, and there is no terminal to ask on:"
                    + " pass --passphrase-env VARIABLE naming an environment variable that holds it.");
        }
    }

    private static void wipe(char[] chars) {
        if (chars != null) {
            Arrays.fill(chars, '\0');
        }
    }
}
