package app.switchboard.cli;

import app.switchboard.links.ConsoleHandoff;
import app.switchboard.links.ItemLink;
import app.switchboard.links.LinkException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard open LINK}: opens a {@code switchboard://} link in the running console. The
 * launcher handles a well-formed link before the command line does (starting the console when
 * none runs); this command is what {@code --help} shows and what says why a text is no link.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open a switchboard://open/ENVIRONMENT/KIND/ID link in the console (starting it if none runs).")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "LINK", description = "A link copied with 'Copy link' in the console.")
    String link;

    @Spec
    CommandSpec spec;

    private final CliSetup setup;

    OpenCommand(CliSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() {
        ItemLink parsed;
        try {
            parsed = ItemLink.parse(link);
        } catch (LinkException e) {
            throw new UsageException(e.words().english());
        }
        // as Switchboard writes it: a fragment or parameters a ticket added would make it too long to hand over
        if (ConsoleHandoff.send(setup.paths().get().data(), parsed.text())) {
            spec.commandLine().getOut().println("Opened in the running console: " + parsed.text());
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println("No console is running for this user; start it with: switchboard " + parsed.text());
        return ExitCodes.FAILURE;
    }
}
