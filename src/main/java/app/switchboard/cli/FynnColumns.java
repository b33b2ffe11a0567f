package app.switchboard.cli;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.Subscription;
import app.switchboard.ops.FynnEntitlementGateway;
import java.util.List;

/** How subscriptions and entitlements print, shared by their lists, {@code show} and {@code review}. */
final class FynnColumns {
    static final List<Column<Subscription>> SUBSCRIPTIONS = List.of(
            Column.of("id", "ID", Subscription::id),
            Column.of("number", "Number", Subscription::number),
            Column.of("status", "Status", s -> s.status() == null ? null : s.status().value()),
            Column.of("customer", "Customer", s -> s.customer() == null ? null : s.customer().displayName()),
            Column.dataOnly("customerId", "Customer ID", s -> s.customer() == null ? null : s.customer().id()),
            Column.of("items", "Items", s -> s.items().size()),
            Column.of("createdAt", "Created", Subscription::createdAt),
            Column.of("activatedAt", "Activated", Subscription::activatedAt));

    static final List<Column<Entitlement>> ENTITLEMENTS = List.of(
            Column.of("id", "ID", Entitlement::id),
            Column.of("feature", "Feature", e -> e.feature() == null ? null : e.feature().name()),
            Column.dataOnly("featureType", "Type", e -> e.feature() == null || e.feature().type() == null ? null
                    : e.feature().type().value()),
            Column.of("value", "Value", Entitlement::displayValue),
            Column.of("status", "Status", e -> e.status() == null ? null : e.status().value()),
            Column.of("on", "On", FynnEntitlementGateway::isOn),
            Column.of("validFrom", "Valid from", Entitlement::validFrom),
            Column.of("validUntil", "Valid until", Entitlement::validUntil),
            Column.of("item", "Subscription item", e -> e.subscriptionItem() == null ? null : e.subscriptionItem().name()),
            Column.dataOnly("subscriptionId", "Subscription ID", e -> e.subscriptionItem() == null ? null
                    : e.subscriptionItem().subscriptionId()));

    private FynnColumns() {
    }
}
