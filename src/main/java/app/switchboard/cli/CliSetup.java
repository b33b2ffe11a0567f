package app.switchboard.cli;

import app.switchboard.paths.AppPaths;
import app.switchboard.client.KnownSecrets;
import app.switchboard.logging.LogMasking;
import app.switchboard.sandbox.SandboxConfig;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the command line takes from the process it runs in: where its files are, the terminal,
 * standard input, environment variables, how the Demo sandbox starts, and the process's redactor
 * (what reaches standard error and the log masks every secret the run has seen). Tests build one
 * with a temporary home, a scripted terminal and a map of variables.
 */
public record CliSetup(Supplier<AppPaths> paths, Terminal terminal, InputStream stdin,
                       Function<String, String> variables, SandboxConfig sandbox, Clock clock, KnownSecrets secrets) {

    public CliSetup {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
    }

    /** A set-up masking with the redactor the log file uses in this process. */
    public CliSetup(Supplier<AppPaths> paths, Terminal terminal, InputStream stdin,
                    Function<String, String> variables, SandboxConfig sandbox, Clock clock) {
        this(paths, terminal, stdin, variables, sandbox, clock, LogMasking.processSecrets());
    }

    public static CliSetup fromSystem() {
        return new CliSetup(AppPaths::fromSystem, Terminal.system(), System.in, System::getenv,
                SandboxConfig.defaults(), Clock.systemDefaultZone());
    }

    /** For tests: the given home, terminal, input and variables; the default sandbox on the given clock. */
    public static CliSetup of(AppPaths paths, Terminal terminal, InputStream stdin, Map<String, String> variables,
                              Clock clock) {
        return new CliSetup(() -> paths, terminal, stdin, variables::get,
                SandboxConfig.defaults().toBuilder().clock(clock).build(), clock);
    }

    /** Opens the composition for one command run; close it when the command ends. */
    public CliContext open(CommonOptions options) {
        return new CliContext(this, options);
    }
}
