package app.switchboard.cli;

import app.switchboard.credentials.Environment;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationRequest;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.Confirmer;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Confirmation on the command line. The engine consults it for every change (so that
 * {@code --reason} always reaches the activity log); it asks the person only where the app's
 * default policy would: production always, staging always, demo and test before switching off,
 * every batch. Production needs {@code --confirm-env NAME} plus {@code --yes}, or the name typed
 * on a terminal; elsewhere {@code --yes} or a "y" on a terminal. Without a terminal it refuses.
 * A bulk file of several batches is asked about once, and that one question states every batch
 * ({@link #plan}), so the answer covers exactly what was shown.
 */
final class CliConfirmer implements Confirmer {
    private static final int LISTED_TARGETS = 20;

    private final Environment environment;
    private final ChangeOptions options;
    private final Terminal terminal;
    private final PrintWriter err;
    private final ConfirmationPolicy appPolicy = new ConfirmationPolicy(ConfirmationSettings.defaults());
    private String reason;
    private String planSummary;
    private List<String> planLines = List.of();
    private boolean confirmedOnce;
    private int stoppedCode = ExitCodes.FAILURE;

    CliConfirmer(Environment environment, ChangeOptions options, Terminal terminal, PrintWriter err) {
        this.environment = environment;
        this.options = options;
        this.terminal = terminal;
        this.err = err;
        this.reason = options.reason();
    }

    /** The engine's policy for the CLI: always consult this confirmer, which applies the app's rules. */
    static ConfirmationPolicy consultAlways() {
        return new ConfirmationPolicy(env -> app.switchboard.ops.ConfirmMode.ALWAYS);
    }

    /**
     * The whole of a bulk run, e.g. "5 switches ON and 3 switches OFF in 2 batches" and a line per
     * batch and target: the one question asked for the run shows it instead of the first batch only.
     */
    synchronized void plan(String summary, List<String> lines) {
        planSummary = summary;
        planLines = List.copyOf(lines);
    }

    /** The reason for the next batch of a bulk file (its rows' reason), else {@code --reason}. */
    synchronized void useReason(String rowReason) {
        reason = rowReason == null || rowReason.isBlank() ? options.reason() : rowReason;
    }

    /** Exit code for a change this confirmer stopped: 2 when flags were missing, 1 when the person said no. */
    synchronized int stoppedCode() {
        return stoppedCode;
    }

    @Override
    public CompletionStage<ConfirmationAnswer> confirm(ConfirmationRequest request) {
        return CompletableFuture.completedFuture(answer(request));
    }

    private synchronized ConfirmationAnswer answer(ConfirmationRequest request) {
        Instant applyAt;
        try {
            applyAt = applyAt(request);
        } catch (UsageException e) {
            return refuse(ExitCodes.USAGE, e.getMessage());
        }
        boolean ask = request.isBatch() || appPolicy.needsConfirmation(environment, request.dangerous());
        if (ask && !confirmedOnce) {
            String flags = request.risk().alwaysConfirms() ? productionFlagProblem(request) : options.yes() ? null : "";
            if (flags != null && !flags.isEmpty()) {
                return refuse(ExitCodes.USAGE, flags);
            }
            if (flags != null && !terminal.interactive()) {
                return refuse(ExitCodes.USAGE, request.risk().alwaysConfirms()
                        ? "A change in the production environment " + request.environmentName() + " needs --confirm-env "
                        + request.environmentName() + " and --yes; there is no terminal to ask on. Nothing was changed."
                        : "This change needs confirmation: add --yes (there is no terminal to ask on). Nothing was changed.");
            }
            if (flags != null) {
                describe(request);
                if (!askedAndConfirmed(request)) {
                    return refuse(ExitCodes.FAILURE, "Not confirmed. Nothing was changed.");
                }
            }
        }
        if (request.reasonRequired() && blank(reason)) {
            reason = terminal.interactive() ? terminal.readLine("Reason (required in " + request.environmentName() + "): ") : null;
            if (blank(reason)) {
                return refuse(ExitCodes.USAGE, "A reason is required for changes in " + request.environmentName()
                        + ": add --reason TEXT. Nothing was changed.");
            }
        }
        confirmedOnce = confirmedOnce || ask;
        return ConfirmationAnswer.requested(reason, applyAt);
    }

    /** {@code --apply-at}, read; only a change that becomes a change request can wait for a time. */
    private Instant applyAt(ConfirmationRequest request) {
        if (options.applyAt() == null) {
            return null;
        }
        if (!request.forApproval()) {
            throw new UsageException("--apply-at is for changes that need approval; " + request.environmentName()
                    + " sends this change when it is confirmed. Nothing was changed.");
        }
        return TimeArguments.applyAt(options.applyAt(), ZoneId.systemDefault(), Instant.now());
    }

    /**
     * Null when both production flags are given and right; empty when neither is given (then a
     * terminal may ask); otherwise what is wrong, refused rather than asked about.
     */
    private String productionFlagProblem(ConfirmationRequest request) {
        String name = request.environmentName();
        if (options.confirmEnvironment() == null && !options.yes()) {
            return "";
        }
        if (options.confirmEnvironment() == null) {
            return "A change in the production environment " + name + " needs --confirm-env " + name
                    + " as well as --yes. Nothing was changed.";
        }
        if (!name.equals(options.confirmEnvironment())) {
            return "--confirm-env " + options.confirmEnvironment() + " does not match the environment " + name
                    + ". Nothing was changed.";
        }
        return options.yes() ? null
                : "A change in the production environment " + name + " needs --yes as well as --confirm-env. Nothing was changed.";
    }

    private boolean askedAndConfirmed(ConfirmationRequest request) {
        if (request.risk().alwaysConfirms()) {
            String typed = terminal.readLine("Type the environment's name (" + request.environmentName() + ") to confirm: ");
            return typed != null && typed.strip().equals(request.environmentName());
        }
        String answer = terminal.readLine("Go ahead? [y/N] ");
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    private void describe(ConfirmationRequest request) {
        if (request.isBatch() && planSummary != null) {
            err.printf("About to set %s in %s (%s):%n", planSummary, TerminalText.cell(request.environmentName()),
                    request.risk().name().toLowerCase(Locale.ROOT));
            planLines.forEach(line -> err.println("  " + TerminalText.cell(line)));
            err.flush();
            return;
        }
        String state = request.stateWord(request.after());
        int count = request.targets().size();
        err.printf("About to set %s to %s in %s (%s)%s:%n", count == 1 ? "1 switch" : count + " switches",
                state.toUpperCase(Locale.ROOT), TerminalText.cell(request.environmentName()), request.risk().name().toLowerCase(Locale.ROOT),
                request.dangerous() ? ", taking a capability away" : "");
        request.targets().stream().limit(LISTED_TARGETS).forEach(t -> err.println("  " + TerminalText.cell(String.valueOf(t))));
        if (request.stateUnread()) {
            err.println("  The current state could not be read; it is set to " + state + " whatever it is now.");
        }
        if (request.targets().size() > LISTED_TARGETS) {
            err.println("  … and " + (request.targets().size() - LISTED_TARGETS) + " more");
        }
        if (request.counts() != null && (request.counts().alreadyInState() > 0 || request.counts().notEligible() > 0)) {
            err.printf("  (%d already %s, %d not eligible: left alone)%n", request.counts().alreadyInState(), state,
                    request.counts().notEligible());
        }
        err.flush();
    }

    private ConfirmationAnswer refuse(int code, String message) {
        stoppedCode = code;
        err.println(TerminalText.safe(message));
        err.flush();
        return new ConfirmationAnswer(false, reason, false);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
