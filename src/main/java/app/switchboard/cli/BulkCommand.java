package app.switchboard.cli;

import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.BulkItemResult;
import app.switchboard.ops.BulkListener;
import app.switchboard.ops.BulkPreview;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code switchboard bulk FILE.csv}: the engine's bulk path from a file. Reads every target's
 * state, prints the preview (will change / already so / not eligible), asks once with every batch
 * stated (how many on, how many off, where), then runs the changes with progress on standard
 * error and prints the result table. Lines with the same state and reason run as one batch, so
 * each keeps its own reason in the activity log.
 */
@Command(name = "bulk", mixinStandardHelpOptions = true,
        description = {"Apply the changes listed in a CSV file: api (der|fynn), target id (entity or subscription), "
                + "feature or entitlement id, on|off, reason.",
            "Shows the preview first; --dry-run stops there."})
final class BulkCommand extends CliCommand {
    private record Planned(String api, ChangeTarget target, String plan) {
    }

    private record Group(boolean on, String reason) {
    }

    private static final int LISTED_PER_BATCH = 10;

    @Mixin
    ChangeOptions change;

    @Parameters(paramLabel = "FILE.csv", description = "The changes, one per line (a header line starting with api is allowed).")
    Path file;

    @Option(names = "--dry-run", description = "Show what would change and send nothing.")
    boolean dryRun;

    BulkCommand(CliSetup setup) {
        super(setup);
    }

    @Override
    protected int run(CliContext context) throws Exception {
        BulkFile.Decoded decoded = BulkFile.decode(read(file), file.getFileName().toString());
        if (decoded.note() != null) {
            err().println(decoded.note());
        }
        List<BulkFile.Line> lines = BulkFile.parse(decoded.text());
        BulkTargets targets = new BulkTargets(context.connection());
        Progress reading = progress("Reading the current state");
        Map<Group, List<BulkCandidate>> groups = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            BulkFile.Line line = lines.get(i);
            groups.computeIfAbsent(new Group(line.on(), line.reason()), g -> new ArrayList<>()).add(targets.candidate(line));
            reading.count(i + 1);
        }
        reading.done();
        int listed = targets.stops().stream().map(stop -> completeness(java.util.Optional.of(stop)))
                .reduce(ExitCodes.OK, ExitCodes::worst);

        CliConfirmer confirmer = context.confirmer(change, err());
        ChangeEngine engine = context.engine(confirmer);
        BulkChanges bulk = context.bulk(engine);
        Map<Group, BulkPreview> previews = new LinkedHashMap<>();
        groups.forEach((group, candidates) -> previews.put(group, bulk.preview(candidates, group.on())));
        printPreview(previews.values());
        if (dryRun) {
            out().println("Dry run: nothing was sent.");
            return listed;
        }
        planned(previews, confirmer);
        return ExitCodes.worst(listed, runAll(previews, bulk, confirmer));
    }

    /** Tells the confirmer the whole run, so that its one question states every batch. */
    private static void planned(Map<Group, BulkPreview> previews, CliConfirmer confirmer) {
        List<String> lines = new ArrayList<>();
        int on = 0;
        int off = 0;
        int batch = 0;
        for (Map.Entry<Group, BulkPreview> group : previews.entrySet()) {
            List<String> changes = group.getValue().willChange().stream().map(r -> r.target().displayName()).toList();
            if (changes.isEmpty()) {
                continue;
            }
            boolean switchOn = group.getKey().on();
            if (switchOn) {
                on += changes.size();
            } else {
                off += changes.size();
            }
            String reason = group.getKey().reason();
            lines.add("Batch " + ++batch + ": " + switches(changes.size()) + (switchOn ? " ON" : " OFF, taking capabilities away")
                    + (reason == null ? "" : " (reason: " + reason + ")"));
            changes.stream().limit(LISTED_PER_BATCH).forEach(name -> lines.add("  " + name));
            if (changes.size() > LISTED_PER_BATCH) {
                lines.add("  … and " + (changes.size() - LISTED_PER_BATCH) + " more");
            }
        }
        confirmer.plan(switches(on) + " ON and " + switches(off) + " OFF in " + (batch == 1 ? "1 batch" : batch + " batches"),
                lines);
    }

    private static String switches(int count) {
        return count == 1 ? "1 switch" : count + " switches";
    }

    private int runAll(Map<Group, BulkPreview> previews, BulkChanges bulk, CliConfirmer confirmer) {
        int total = previews.values().stream().mapToInt(p -> p.willChange().size()).sum();
        if (total == 0) {
            out().println("Nothing to change.");
            return ExitCodes.OK;
        }
        Progress progress = progress("Changing");
        int[] finished = {0};
        BulkListener listener = (item, done, size) -> {
            synchronized (finished) {
                finished[0]++;
                progress.line(finished[0], total, item.request().target().displayName() + ": "
                        + item.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        };
        List<BulkItemResult> results = new ArrayList<>();
        for (Map.Entry<Group, BulkPreview> group : previews.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            confirmer.useReason(group.getKey().reason());
            BulkResult result = bulk.start(group.getValue(), listener).result().join();
            if (!result.confirmed()) {
                progress.done();
                printResults(results);
                return confirmer.stoppedCode();
            }
            results.addAll(result.items());
        }
        progress.done();
        printResults(results);
        return results.stream().mapToInt(BulkCommand::exitCode).reduce(ExitCodes.OK, ExitCodes::worst);
    }

    private void printPreview(Iterable<BulkPreview> previews) {
        List<Planned> rows = new ArrayList<>();
        int[] counts = new int[3];
        for (BulkPreview p : previews) {
            p.willChange().forEach(r -> rows.add(new Planned(r.target().api().displayName(), r.target(),
                    "will change (" + r.transition() + ")")));
            p.alreadyInState().forEach(s -> rows.add(new Planned(s.target().api().displayName(), s.target(), s.reason().english())));
            p.notEligible().forEach(s -> rows.add(new Planned(s.target().api().displayName(), s.target(),
                    "not eligible: " + s.reason().english())));
            counts[0] += p.willChange().size();
            counts[1] += p.alreadyInState().size();
            counts[2] += p.notEligible().size();
        }
        new Output(out(), OutputFormat.TABLE).print(new Listing<>(List.<Column<Planned>>of(
                Column.of("api", "API", Planned::api),
                Column.of("target", "Target", p -> p.target().displayName()),
                Column.of("plan", "Plan", Planned::plan)), rows));
        out().printf("%d will change, %d already in that state, %d not eligible.%n", counts[0], counts[1], counts[2]);
        out().flush();
    }

    private void printResults(List<BulkItemResult> results) {
        if (results.isEmpty()) {
            return;
        }
        out().println();
        new Output(out(), OutputFormat.TABLE).print(new Listing<>(List.<Column<BulkItemResult>>of(
                Column.of("target", "Target", r -> r.request().target().displayName()),
                Column.of("change", "Change", r -> r.request().transition()),
                Column.of("result", "Result", r -> r.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')),
                Column.of("message", "Message", BulkItemResult::message)), results));
        out().println(new BulkResult("", true, false, results).summary() + ".");
        out().flush();
    }

    private static int exitCode(BulkItemResult item) {
        ChangeOutcome outcome = item.outcome();
        if (outcome != null && outcome.awaitsApproval()) {
            return ExitCodes.OK;
        }
        return outcome == null ? ExitCodes.FAILURE : ExitCodes.of(outcome, ExitCodes.FAILURE);
    }

    private static byte[] read(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("There is no file " + file + ".");
        }
    }
}
