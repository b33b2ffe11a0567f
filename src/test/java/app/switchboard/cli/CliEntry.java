package app.switchboard.cli;

import app.switchboard.credentials.Environment;

import java.nio.file.Path;
import java.util.List;

/**
 * Adds and tests an environment through the command line as an operator would, for tests outside
 * this package (the resilience suite's credential hygiene check). Returns everything printed.
 */
public final class CliEntry {
    private CliEntry() {
    }

    /** {@code env add} with the secrets in environment variables, then {@code env test}; fails on a non-zero exit. */
    public static List<String> addAndTest(Path home, Environment env, String derSecret, String fynnKey, String passphrase) {
        CliHarness cli = new CliHarness(home);
        cli.variables.put("SB_PASS", passphrase);
        cli.variables.put("SB_DER_SECRET", derSecret);
        cli.variables.put("SB_FYNN_KEY", fynnKey);
        CliHarness.Result added = cli.run("env", "add", env.name(), "--risk", env.risk().name().toLowerCase(java.util.Locale.ROOT),
                "--der-api-url", env.derApiUrl(), "--der-token-url", env.derTokenUrl(), "--der-client-id", env.derClientId(),
                "--fynn-url", env.fynnUrl(), "--der-secret-env", "SB_DER_SECRET", "--fynn-key-env", "SB_FYNN_KEY",
                "--passphrase-env", "SB_PASS");
        if (added.code() != 0) {
            throw new AssertionError("env add failed: " + added.all());
        }
        CliHarness.Result tested = cli.run("env", "test", env.name(), "--passphrase-env", "SB_PASS");
        return List.of(added.all(), tested.all(), "exit " + tested.code());
    }

    /** Runs one command with the given environment variables; returns what it printed and its exit code. */
    public static List<String> run(Path home, java.util.Map<String, String> variables, String... args) {
        CliHarness cli = new CliHarness(home);
        cli.variables.putAll(variables);
        CliHarness.Result result = cli.run(args);
        return List.of(result.out(), result.err(), "exit " + result.code());
    }
}
