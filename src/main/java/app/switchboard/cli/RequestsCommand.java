package app.switchboard.cli;

import app.switchboard.approvals.ApprovalRequest;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestItem;
import app.switchboard.credentials.Environment;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.RequestApplier;
import app.switchboard.ops.StaleWrite;
import app.switchboard.text.Words;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard requests}: change requests waiting for a second person (docs/TEAM.md). */
@Command(name = "requests", mixinStandardHelpOptions = true,
        description = "Change requests in environments that need a second person's approval (needs the team database).",
        subcommands = {RequestsCommand.ListRequests.class, RequestsCommand.Show.class, RequestsCommand.Approve.class,
            RequestsCommand.Reject.class, RequestsCommand.Withdraw.class, RequestsCommand.RunDue.class})
final class RequestsCommand {
    private RequestsCommand() {
    }

    static ChangeRequests requests(CliContext context) {
        return context.changeRequests().orElseThrow(() -> new UsageException(
                "Change requests live in the team database, and none is set up here (see 'switchboard team connect')."));
    }

    /** Applies requests of the environment this run is connected to; any other is refused with its name. */
    static RequestApplier applier(ChangeEngine engine, ChangeRequests requests, Environment connected) {
        return new RequestApplier(engine, requests, name -> name.equalsIgnoreCase(connected.name())
                ? Optional.of(connected) : Optional.empty(), Clock.systemUTC());
    }

    static String english(Words words) {
        return words.english();
    }

    /** Text other people typed (reasons, comments, names) may hold terminal control codes: it is made safe first. */
    static PrintWriter safe(CliContext context, PrintWriter out) {
        return new PrintWriter(new java.io.Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                out.write(context.printable(new String(buffer, offset, length)));
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        }, true);
    }

    static void printSummary(PrintWriter out, ApprovalRequest r) {
        out.printf("%s  %-14s  %-12s  %-10s  %d switch(es)%s  %s%n", r.id(), english(Words.of(r.state().wordsKey())),
                r.environment(), r.requester(), r.items().size(),
                r.applyAt() == null ? "" : ", apply at " + r.applyAt(), r.reason());
    }

    static void printDetails(PrintWriter out, ApprovalRequest r) {
        out.println("Change request " + r.id() + " in " + r.environment() + ": " + english(Words.of(r.state().wordsKey())));
        out.println("Requested by " + r.requester() + " at " + r.requestedAt() + ": " + r.reason());
        if (r.applyAt() != null) {
            out.println("Apply at " + r.applyAt());
        }
        out.println("Expires at " + r.expiresAt());
        if (r.decidedBy() != null) {
            out.println("Decided by " + r.decidedBy() + " at " + r.decidedAt() + (r.comment() == null ? "" : ": " + r.comment()));
        }
        if (r.appliedBy() != null) {
            out.println("Applied by " + r.appliedBy());
        }
        for (RequestItem item : r.items()) {
            String was = item.api().stateWord(item.seenOn());
            String want = item.api().stateWord(item.desiredOn());
            out.printf("  %s: %s → %s%s%n", item.displayName(), was, want, item.outcome() == null ? ""
                    : "  [" + item.outcome().kind() + (item.outcome().message() == null ? "" : ": " + item.outcome().message()) + "]");
        }
    }

    /** Outcomes of one applied request, one line per switch; the exit code says whether all succeeded. */
    static int report(PrintWriter out, PrintWriter err, RequestApplier.Applied applied) {
        applied.outcomes().forEach(o -> out.println(o.summary()));
        if (applied.unrecorded() != null) {
            err.println("Applying stopped because the team database did not take it: " + applied.unrecorded().english()
                    + ". What was sent is in this computer's activity log; the next claimant (a console or run-due)"
                    + " resumes the rest once this claim runs out, and sends nothing twice.");
            return ExitCodes.FAILURE;
        }
        out.println("Change request " + applied.request().id() + ": "
                + english(Words.of(applied.request().state().wordsKey())) + " (" + applied.request().succeeded()
                + " of " + applied.request().items().size() + " switches changed).");
        return applied.outcomes().stream().allMatch(ChangeOutcome::succeeded) ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Requests waiting for approval or their time.")
    static final class ListRequests extends CliCommand {
        @Option(names = "--all", description = "Also decided, applied and expired requests (newest 500).")
        boolean all;

        ListRequests(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            ChangeRequests requests = requests(context);
            requests.expireOverdue();
            List<ApprovalRequest> listed = requests.list(!all);
            listed.stream().filter(r -> !context.environmentChosen() || r.environment().equalsIgnoreCase(
                    context.environment().name())).forEach(r -> printSummary(safe(context, out()), r));
            if (listed.isEmpty()) {
                out().println(all ? "No change requests." : "No change requests waiting.");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One request: switches, old → new, reason, outcomes.")
    static final class Show extends CliCommand {
        @Parameters(paramLabel = "ID", description = "The request's id.")
        String id;

        Show(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            printDetails(safe(context, out()), requests(context).find(id));
            return ExitCodes.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve someone else's request and apply it now (or at its apply-at time).",
                "Production asks as for any change (--yes --confirm-env NAME without a terminal). "
                    + "A switch changed since the request is asked about on a terminal, else left alone "
                    + "unless --write-changed."})
    static final class Approve extends CliCommand {
        @Parameters(paramLabel = "ID", description = "The request's id.")
        String id;

        @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the requester.")
        String comment;

        @Option(names = "--write-changed", description = "Write switches that changed since the request anyway.")
        boolean writeChanged;

        @Mixin
        ChangeOptions change;

        private Terminal terminal;

        Approve(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            terminal = context.setup().terminal();
            ChangeRequests requests = requests(context);
            ApprovalRequest request = requests.find(id);
            Environment env = context.environment();
            if (!env.name().equalsIgnoreCase(request.environment())) {
                throw new UsageException("Change request " + id + " is for " + request.environment()
                        + ": add --env \"" + request.environment() + "\".");
            }
            ChangeEngine engine = context.engine(context.confirmer(change, err()));
            Environment connected = context.connection().environment();
            RequestApplier applier = applier(engine, requests, connected);
            Optional<RequestApplier.Applied> applied = applier.approveAndApply(id, comment, this::staleChoice);
            if (applied.isEmpty()) {
                ApprovalRequest now = requests.find(id);
                out().println("Change request " + id + " approved; "
                        + (now.applyAt() != null ? "it will be applied at " + now.applyAt() + " by 'requests run-due' or a running console."
                        : english(Words.of(now.state().wordsKey())) + "."));
                return ExitCodes.OK;
            }
            return report(safe(context, out()), safe(context, err()), applied.get());
        }

        private boolean staleChoice(StaleWrite stale) {
            if (writeChanged) {
                return true;
            }
            if (terminal == null || !terminal.interactive()) {
                err().println(stale + " — left as it is now.");
                return false;
            }
            String answer = terminal.readLine(stale + ". Write it anyway? [y/N] ");
            return answer != null && answer.strip().equalsIgnoreCase("y");
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject someone else's request, saying why.")
    static final class Reject extends CliCommand {
        @Parameters(paramLabel = "ID", description = "The request's id.")
        String id;

        @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "Why (required).")
        String comment;

        Reject(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            ApprovalRequest rejected = requests(context).reject(id, comment);
            out().println(context.printable("Change request " + rejected.id() + " rejected: " + rejected.comment()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Withdraw your own open request.")
    static final class Withdraw extends CliCommand {
        @Parameters(paramLabel = "ID", description = "The request's id.")
        String id;

        Withdraw(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            ApprovalRequest withdrawn = requests(context).withdraw(id);
            out().println("Change request " + withdrawn.id() + " withdrawn; nothing was changed.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "run-due", mixinStandardHelpOptions = true,
            description = {"Apply the approved requests of --env whose apply-at time has come; meant for a scheduler.",
                "Safe to run on many machines at once: each request is claimed by exactly one. A switch changed "
                    + "since the request is left alone and reported."})
    static final class RunDue extends CliCommand {
        RunDue(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            ChangeRequests requests = requests(context);
            ChangeEngine engine = context.engine(context.confirmer(new ChangeOptions(), err()));
            Environment connected = context.connection().environment();
            RequestApplier applier = applier(engine, requests, connected);
            List<RequestApplier.Applied> applied = applier.runDue(connected.name());
            int exit = ExitCodes.OK;
            for (RequestApplier.Applied one : applied) {
                exit = Math.max(exit, report(safe(context, out()), safe(context, err()), one));
            }
            if (applied.isEmpty()) {
                out().println("No change requests due in " + connected.name() + ".");
            }
            return exit;
        }
    }
}
