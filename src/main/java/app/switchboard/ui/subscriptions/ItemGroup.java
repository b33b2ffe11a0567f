package app.switchboard.ui.subscriptions;

import java.util.List;

/** A subscription item and the entitlements it grants, in the order Fynn listed them. */
public record ItemGroup(String itemId, String name, List<EntitlementRow> rows) implements DetailLine {
    public ItemGroup {
        rows = List.copyOf(rows);
    }
}
