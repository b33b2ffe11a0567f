package app.switchboard.cli;

import app.switchboard.client.PagingStop;
import java.util.Optional;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on an environment: opens the {@link CliContext} for the run and closes it
 * (stopping a Demo sandbox) afterwards. Failures are thrown and turned into an exit code and one
 * readable message by {@link SwitchboardCommand}.
 */
abstract class CliCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    private final CliSetup setup;

    protected CliCommand(CliSetup setup) {
        this.setup = setup;
    }

    @Override
    public final Integer call() throws Exception {
        try (CliContext context = setup.open(common)) {
            return run(context);
        }
    }

    protected abstract int run(CliContext context) throws Exception;

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Reports progress of a long run on standard error, overwriting one line on a terminal. */
    protected Progress progress(String what) {
        return new Progress(err(), setup.terminal().interactive(), what);
    }

    /**
     * A listing that ended before the server said it was complete: said on stderr, and the exit
     * code {@link ExitCodes#INCOMPLETE} instead of a silent success.
     */
    /**
     * {@link #completeness(Optional)} of a listing, which is also incomplete when the server listed
     * an item more than once with different contents: the first is printed, and the contradiction said.
     */
    protected int completeness(java.util.List<?> listing, String api) {
        int code = completeness(PagingStop.of(listing));
        java.util.Set<String> contradicted = app.switchboard.client.Ids.contradictedIn(listing);
        if (contradicted.isEmpty()) {
            return code;
        }
        err().println(TerminalText.safe("Warning: " + api + " listed " + String.join(", ", new java.util.TreeSet<>(contradicted))
                + " more than once with different contents; the first of each is shown."));
        err().flush();
        return ExitCodes.INCOMPLETE;
    }

    protected int completeness(Optional<PagingStop> stop) {
        if (stop.isEmpty()) {
            return ExitCodes.OK;
        }
        err().println("Warning: " + stop.get().english() + ".");
        err().flush();
        return ExitCodes.INCOMPLETE;
    }
}
