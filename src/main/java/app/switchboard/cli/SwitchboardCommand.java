package app.switchboard.cli;

import app.switchboard.client.ApiException;

import app.switchboard.cli.SandboxCommand;
import app.switchboard.client.KnownSecrets;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** Root of the command line; the subcommands share one {@link CliSetup} through the {@link CliFactory}. */
@Command(name = "switchboard", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Switch DER Connect features and Fynn entitlements from scripts, on the same environments, "
                + "credentials, safety rules and activity log as the app.",
                "Without arguments, switchboard starts the app."},
        subcommands = {EnvCommand.class, EntitiesCommand.class, SubscriptionsCommand.class, EntitlementsCommand.class,
            ReviewCommand.class, BulkCommand.class, ActivityCommand.class, SandboxCommand.class,
            SelfTestCommand.class, SelfTestAppendCommand.class, TeamCommand.class,
            FindCommand.class, OpenCommand.class, RequestsCommand.class})
public final class SwitchboardCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The command line of this process, writing in the charset its console reads. */
    public static CommandLine commandLine() {
        CommandLine root = commandLine(CliSetup.fromSystem());
        Charset console = ConsoleCharset.ofThisProcess();
        root.setOut(ConsoleCharset.writer(System.out, console));
        root.setErr(ConsoleCharset.writer(System.err, console));
        return root;
    }

    /** The whole command tree over {@code setup}; every command's help lists the exit codes. */
    public static CommandLine commandLine(CliSetup setup) {
        CommandLine root = new CommandLine(new SwitchboardCommand(), new CliFactory(setup));
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExecutionExceptionHandler((failure, command, parsed) -> report(failure, command.getErr(),
                command.getCommandName(), setup.secrets(), wantsDiagnosis(parsed)));
        root.setParameterExceptionHandler(SwitchboardCommand::usageProblem);
        addExitCodes(root);
        return root;
    }

    private static void addExitCodes(CommandLine command) {
        command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(CommandLine.Model.UsageMessageSpec.keyValuesMap(ExitCodes.USAGE_LIST));
        command.getSubcommands().values().forEach(SwitchboardCommand::addExitCodes);
    }

    private static boolean wantsDiagnosis(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--diagnose")) {
                return true;
            }
        }
        return false;
    }

    private static int report(Exception failure, PrintWriter err, String command, KnownSecrets secrets, boolean diagnose) {
        int code = ExitCodes.of(failure);
        if (code != ExitCodes.USAGE) {
            LOG.warn("switchboard {} failed", command, failure);
        }
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        err.println(TerminalText.safe(secrets.mask(message)));
        if (failure instanceof ApiException api && api.diagnostic().isPresent()) {
            if (diagnose) {
                err.println();
                api.diagnostic().get().text().lines().forEach(line -> err.println(TerminalText.safe(secrets.mask(line))));
            } else {
                err.println("This answer suggests the server differs from its documented contract; run again with "
                        + "--diagnose for a report to send to the vendor.");
            }
        }
        err.flush();
        return code;
    }

    private static int usageProblem(CommandLine.ParameterException problem, String[] args) {
        CommandLine command = problem.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(problem.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(problem, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
        return ExitCodes.USAGE;
    }
}
