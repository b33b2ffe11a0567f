package app.switchboard.cli;

import app.switchboard.credentials.Environment;
import app.switchboard.credentials.SecretStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/**
 * Where {@code env add} and {@code env edit} take an environment's secrets from: environment
 * variables named by options, standard input, or the terminal without echo. Never from an
 * argument, which would end up in the shell history and the process list.
 */
final class SecretOptions {
    @Option(names = "--der-secret-env", paramLabel = "VARIABLE",
            description = "Read the DER Connect client secret from this environment variable.")
    String derSecretVariable;

    @Option(names = "--fynn-key-env", paramLabel = "VARIABLE", description = "Read the Fynn API key from this environment variable.")
    String fynnKeyVariable;

    @Option(names = "--secrets-from-stdin",
            description = "Read the secrets from standard input: the DER Connect client secret on the first line, "
                    + "the Fynn API key on the second (an empty line leaves one unchanged).")
    boolean fromStdin;

    /** Longer than any client secret or API key; a longer line is not a secret but the wrong input. */
    static final int LONGEST_SECRET = 16 * 1024;

    boolean given() {
        return derSecretVariable != null || fynnKeyVariable != null || fromStdin;
    }

    /** The secrets read from the options; either may be null (not given). Never printed. */
    record Given(String derSecret, String fynnKey) {
        @Override
        public String toString() {
            return "Given[der " + (derSecret == null ? "no" : "yes") + ", fynn " + (fynnKey == null ? "no" : "yes") + "]";
        }
    }

    /**
     * Reads the secrets given for an environment without storing them; on a terminal with none
     * given and {@code askIfNone}, asks for both without echo.
     */
    Given read(CliSetup setup, boolean askIfNone) {
        String derSecret = null;
        String fynnKey = null;
        if (fromStdin) {
            BufferedReader lines = new BufferedReader(new InputStreamReader(setup.stdin(), StandardCharsets.UTF_8));
            derSecret = readLine(lines);
            fynnKey = readLine(lines);
        }
        if (derSecretVariable != null) {
            derSecret = variable(setup, derSecretVariable);
        }
        if (fynnKeyVariable != null) {
            fynnKey = variable(setup, fynnKeyVariable);
        }
        if (!given() && askIfNone && setup.terminal().interactive()) {
            derSecret = asked(setup.terminal().readSecret("DER Connect client secret (Enter to skip): "));
            fynnKey = asked(setup.terminal().readSecret("Fynn API key (Enter to skip): "));
        }
        return new Given(blankToNull(derSecret), blankToNull(fynnKey));
    }

    /** Stores the secrets {@link #read} for {@code environment}; returns how many were stored. */
    int put(Environment environment, Given given, SecretStore secrets) {
        int stored = 0;
        if (given.derSecret() != null) {
            secrets.put(environment.derSecretKey(), given.derSecret());
            stored++;
        }
        if (given.fynnKey() != null) {
            secrets.put(environment.fynnKeyKey(), given.fynnKey());
            stored++;
        }
        return stored;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String variable(CliSetup setup, String name) {
        String value = setup.variables().apply(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("The environment variable " + name + " is not set.");
        }
        return value;
    }

    /**
     * One line, at most {@link #LONGEST_SECRET} characters: the wrong file piped in by mistake ends
     * in a sentence, not in memory exhausted; its content is never repeated.
     */
    private static String readLine(BufferedReader lines) {
        StringBuilder line = new StringBuilder();
        try {
            int c = lines.read();
            if (c == -1) {
                return null;
            }
            for (; c != -1 && c != '\n'; c = lines.read()) {
                if (line.length() == LONGEST_SECRET) {
                    throw new UsageException("A line on standard input is longer than any secret ("
                            + LONGEST_SECRET + " characters at the most): is it the right input? Nothing was stored.");
                }
                line.append((char) c);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the secrets from standard input", e);
        }
        return line.toString().replace("\r", "");
    }

    private static String asked(char[] typed) {
        if (typed == null) {
            return null;
        }
        String value = new String(typed);
        java.util.Arrays.fill(typed, '\0');
        return value;
    }
}
