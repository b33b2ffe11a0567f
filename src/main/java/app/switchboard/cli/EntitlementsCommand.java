package app.switchboard.cli;

import app.switchboard.client.Ids;
import app.switchboard.client.PagingStop;

import java.util.List;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.Subscription;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.FynnEntitlementGateway;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code switchboard entitlements}: the entitlements of a Fynn subscription. */
@Command(name = "entitlements", mixinStandardHelpOptions = true, description = "Fynn entitlements of a subscription.",
        subcommands = {EntitlementsCommand.ListEntitlements.class, EntitlementsCommand.SetEntitlement.class})
final class EntitlementsCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the entitlements of one subscription.")
    static final class ListEntitlements extends CliCommand {
        @Mixin
        FormatOption format;

        @Parameters(paramLabel = "SUBSCRIPTION_ID", description = "The subscription's id.")
        String subscriptionId;

        @Option(names = "--status", paramLabel = "STATUS", description = "Only this status: active, pending, disabled, expired.")
        String status;

        @Option(names = "--include-expired", description = "Include expired entitlements (Fynn hides them by default).")
        boolean includeExpired;

        ListEntitlements(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            EntitlementStatus wanted = status == null ? null : EntitlementStatus.of(status.toLowerCase(java.util.Locale.ROOT));
            boolean expired = includeExpired || EntitlementStatus.EXPIRED.equals(wanted);
            var found = context.connection().fynn().entitlements(subscriptionId, wanted, expired);
            format.print(out(), new Listing<>(FynnColumns.ENTITLEMENTS, found));
            return completeness(PagingStop.of(found));
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Switch one entitlement active or inactive, through the same confirmation rules and activity "
                    + "log as the app.",
                "Fynn cannot read a single entitlement, so its subscription is named too: the entitlement's state is "
                        + "read from it just before writing."})
    static final class SetEntitlement extends CliCommand {
        @Mixin
        ChangeOptions change;

        @Parameters(index = "0", paramLabel = "ID", description = "The entitlement's id.")
        String id;

        @Parameters(index = "1", paramLabel = "on|off", description = "on = active, off = inactive.")
        Switch state;

        @Option(names = {"-s", "--subscription"}, required = true, paramLabel = "SUBSCRIPTION_ID",
                description = "The subscription the entitlement belongs to (see 'entitlements list').")
        String subscriptionId;

        SetEntitlement(CliSetup setup) {
            super(setup);
        }

        @Override
        protected int run(CliContext context) throws Exception {
            FynnApi fynn = context.connection().fynn();
            Subscription subscription = fynn.subscription(subscriptionId);
            List<Entitlement> entitlements = fynn.entitlements(subscriptionId, null, true);
            int listed = completeness(PagingStop.of(entitlements));
            java.util.Optional<Entitlement> found = entitlements.stream().filter(e -> e != null && id.equals(e.id()))
                    .findFirst();
            if (found.isEmpty() && listed != ExitCodes.OK) {
                // the listing ended early: the entitlement may be on a page never read, so it is not called missing
                err().println(context.printable("Entitlement " + id + " was not among the entitlements Fynn listed "
                        + "before the listing stopped; nothing was sent."));
                return listed;
            }
            Entitlement entitlement = found.orElseThrow(() -> new UsageException("Subscription " + subscriptionId
                    + " has no entitlement " + id + " (see 'switchboard entitlements list " + subscriptionId
                    + " --include-expired')."));
            var customer = subscription.customer();
            ChangeTarget target = ChangeTarget.fynnEntitlement(context.connection().environment(), subscriptionId, id,
                    customer == null || customer.isIdOnly() ? null : customer.displayName(), null, subscription.number(),
                    entitlement.feature() == null ? null : entitlement.feature().name());
            Boolean current = FynnEntitlementGateway.onOf(entitlement);
            if (Ids.contradictedIn(entitlements).contains(id)) {
                err().println(context.printable("Fynn listed entitlement " + id + " more than once, with different "
                        + "contents; its current state is unknown."));
                current = null;
            }
            return ChangeRun.change(context, change, target, current, state.on(), out(), err());
        }
    }
}
