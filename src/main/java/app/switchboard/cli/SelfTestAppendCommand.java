package app.switchboard.cli;

import app.switchboard.selftest.ActivityLogCheck;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The second process of the self-test's activity-log check; not for people, so hidden from help. */
@Command(name = ActivityLogCheck.APPEND_COMMAND, hidden = true, mixinStandardHelpOptions = true)
final class SelfTestAppendCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0")
    Path dir;

    @Parameters(index = "1")
    String tag;

    @Parameters(index = "2")
    int count;

    private final CliSetup setup;

    SelfTestAppendCommand(CliSetup setup) {
        this.setup = setup;
    }

    @Override
    public Integer call() throws Exception {
        ActivityLogCheck.appendAsSecondProcess(dir, tag, count, setup.stdin(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
