package app.switchboard.cli;

import app.switchboard.paths.AppPaths;
import app.switchboard.sandbox.SandboxConfig;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the command line takes from the process it runs in: where its files are, the terminal,
 * standard input, environment variables, and how the Demo sandbox starts. Tests build one with a
 * temporary home, a scripted terminal and a map of variables.
 */
public record CliSetup(Supplier<AppPaths> paths, Terminal terminal, InputStream stdin,
                       Function<String, String> variables, SandboxConfig sandbox, Clock clock) {

    public CliSetup {
        Objects.requireNonNull(paths, "paths");
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(sandbox, "sandbox");
        Objects.requireNonNull(clock, "clock");
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
