package app.switchboard.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Root of the command line; each subcommand is registered in {@link #commandLine()}. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        description = "Switch DER Connect features and Fynn entitlements from scripts.")
public final class SwitchboardCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static CommandLine commandLine() {
        return new CommandLine(new SwitchboardCommand())
                .addSubcommand(new app.switchboard.sandbox.SandboxCommand())
                .addSubcommand(new SelfTestCommand());
    }
}
