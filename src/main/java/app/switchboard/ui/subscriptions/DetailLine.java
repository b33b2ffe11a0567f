package app.switchboard.ui.subscriptions;

/** A line of the entitlements tree: a subscription item's heading, or one entitlement under it. */
public sealed interface DetailLine permits ItemGroup, EntitlementRow {
}
