package app.switchboard.cli;

import app.switchboard.client.PagingStop;

import app.switchboard.fynn.Customer;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.fynn.SubscriptionStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard subscriptions}: Fynn subscriptions. */
@Command(name = "subscriptions", mixinStandardHelpOptions = true, description = "Fynn subscriptions.",
        subcommands = {SubscriptionsCommand.ListSubscriptions.class, SubscriptionsCommand.ShowSubscription.class})
final class SubscriptionsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List subscriptions (every page).")
    static final class ListSubscriptions extends CliCommand {
        @Mixin
        FormatOption format;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only this status: draft, offer, active, paused, cancelled, terminated.")
        String status;

        @Option(names = "--search", paramLabel = "TEXT", description = "Search text, as Fynn searches (number, customer).")
        String search;

        ListSubscriptions(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            SubscriptionQuery query = SubscriptionQuery.all().withSearch(search)
                    .withStatus(status == null ? null : SubscriptionStatus.of(status));
            Progress progress = progress("Loading subscriptions");
            long[] loaded = {0};
            List<Subscription> found = context.connection().fynn().allSubscriptions(query, (items, done, total) -> {
                loaded[0] += items.size();
                progress.count(loaded[0]);
            });
            progress.done();
            format.print(out(), new Listing<>(FynnColumns.SUBSCRIPTIONS, found));
            return completeness(found, "Fynn");
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One subscription, its customer and its entitlements (expired ones included).")
    static final class ShowSubscription extends CliCommand {
        @Mixin
        FormatOption format;

        @Parameters(paramLabel = "ID", description = "The subscription's id.")
        String id;

        ShowSubscription(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            FynnApi fynn = context.connection().fynn();
            Subscription subscription = fynn.subscription(id);
            Details details = new Details();
            FynnColumns.SUBSCRIPTIONS.forEach(c -> details.field(c.key(), c.header(), c.value().apply(subscription)));
            if (subscription.customer() != null && subscription.customer().isIdOnly() && subscription.customer().id() != null) {
                Customer customer = fynn.customer(subscription.customer().id());
                details.field("customer", "Customer", customer.displayName());
            }
            details.field("contractStart", "Contract start", subscription.contractDetails() == null ? null
                    : subscription.contractDetails().contractStart());
            details.field("contractEnd", "Contract end", subscription.contractDetails() == null ? null
                    : subscription.contractDetails().contractEnd());
            List<app.switchboard.fynn.Entitlement> entitlements = fynn.entitlements(id, null, true);
            details.section("entitlements", new Listing<>(FynnColumns.ENTITLEMENTS, entitlements));
            format.print(out(), details);
            return completeness(entitlements, "Fynn");
        }
    }
}
