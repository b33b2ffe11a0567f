package app.switchboard.cli;

import app.switchboard.client.CallScope;
import app.switchboard.ops.review.ReviewQueries;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewScanner;
import app.switchboard.ops.review.ReviewSnapshot;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard review QUEUE}: the validity review of the app's Review section, as a report. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Scan every subscription's entitlements and list one review queue:",
            "  expiring  switched on, validity ends within --within",
            "  pending   switched on, validity starts within --within",
            "  disabled  switched off while inside its validity window",
            "  expired   validity has ended"})
final class ReviewCommand extends CliCommand {
    static final List<Column<ReviewRow>> COLUMNS = List.of(
            Column.of("customer", "Customer", r -> r.customer().name()),
            Column.of("customerNumber", "Customer no.", r -> r.customer().number()),
            Column.dataOnly("subscriptionId", "Subscription ID", ReviewRow::subscriptionId),
            Column.of("subscriptionNumber", "Subscription", ReviewRow::subscriptionNumber),
            Column.of("entitlementId", "Entitlement ID", ReviewRow::entitlementId),
            Column.of("feature", "Feature", ReviewRow::featureName),
            Column.of("value", "Value", ReviewRow::displayValue),
            Column.of("status", "Status", r -> r.status().value()),
            Column.of("validFrom", "Valid from", ReviewRow::validFrom),
            Column.of("validUntil", "Valid until", ReviewRow::validUntil));

    @Mixin
    FormatOption format;

    @Parameters(paramLabel = "QUEUE", description = "expiring, pending, disabled or expired.")
    ReviewQueue queue;

    @Option(names = "--within", paramLabel = "SPAN", defaultValue = "30d",
            description = "Horizon of expiring and pending, e.g. 7d, 2w (default: ${DEFAULT-VALUE}).")
    String within;

    ReviewCommand(CliSetup setup) {
        super(setup);
    }

    @Override
    protected int run(CliContext context) throws Exception {
        Duration horizon = TimeArguments.span(within);
        Progress progress = progress("Scanning subscriptions");
        ReviewSnapshot snapshot = new ReviewScanner(context.connection().fynn(), context.http().executor(),
                context.setup().clock()).scan(new CallScope(), (done, total) -> progress.count(done));
        progress.done();
        List<ReviewRow> rows = new ReviewQueries(context.setup().clock()).rows(snapshot, queue, horizon);
        format.print(out(), new Listing<>(COLUMNS, rows));
        if (!snapshot.complete()) {
            err().println(snapshot.failures().size() + " of " + snapshot.subscriptions()
                    + " subscriptions could not be read; the list may miss entitlements:");
            snapshot.failures().stream().limit(10).forEach(f -> err().println("  " + context.printable(
                    (f.subscriptionId() != null ? f.subscriptionId() + ": "
                            : f.subscriptionNumber() != null ? f.subscriptionNumber() + ": " : "") + f.reason().english())));
            err().flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
