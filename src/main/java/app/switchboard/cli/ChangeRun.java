package app.switchboard.cli;

import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.EnvironmentUnavailableException;
import java.io.PrintWriter;

/** One change from the command line through the engine: confirmation, the write, the activity entry, the exit code. */
final class ChangeRun {
    private ChangeRun() {
    }

    /**
     * @param currentOn the switch as just read from the server; null when it did not say (then it is
     *                  written, never reported as already so)
     * @return the exit code
     */
    static int change(CliContext context, ChangeOptions options, ChangeTarget target, Boolean currentOn, boolean desiredOn,
                      PrintWriter out, PrintWriter err) throws EnvironmentUnavailableException {
        if (currentOn == null) {
            err.println(context.printable("The current state of " + target.displayName() + " in "
                    + target.environment().name() + " could not be read; it is set without checking it first."));
        } else if (currentOn == desiredOn) {
            out.println(context.printable(target.displayName() + " is already " + target.stateWord(desiredOn) + " in "
                    + target.environment().name() + "; nothing was sent."));
            return ExitCodes.OK;
        }
        CliConfirmer confirmer = context.confirmer(options, err);
        ChangeEngine engine = context.engine(confirmer);
        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, currentOn, desiredOn));
        if (outcome.succeeded() || outcome.awaitsApproval()) {
            out.println(context.printable(outcome.summary()));
        } else if (outcome.kind() != ChangeOutcome.Kind.CANCELLED || outcome.stoppedForApproval()) {
            err.println(context.printable(outcome.summary()));
        }
        if (outcome.notRecorded() != null) {
            err.println(context.printable("Warning: " + outcome.notRecorded()));
        }
        out.flush();
        err.flush();
        if (outcome.awaitsApproval()) {
            return ExitCodes.OK;
        }
        return ExitCodes.of(outcome, outcome.stoppedForApproval() ? ExitCodes.REFUSED : confirmer.stoppedCode());
    }
}
