package app.switchboard.ui.entities;

import app.switchboard.derconnect.EntityType;
import java.util.Locale;
import java.util.Set;

/**
 * What the operator narrowed the table to: text typed in the search field (matched in name,
 * identifier, brand and id), the type chips (none selected = every type) and the online chip.
 */
public record EntityFilter(String text, Set<EntityType> types, OnlineFilter online) {

    public static final EntityFilter NONE = new EntityFilter("", Set.of(), OnlineFilter.ANY);

    public EntityFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        types = types == null ? Set.of() : Set.copyOf(types);
        online = online == null ? OnlineFilter.ANY : online;
    }

    public boolean isEmpty() {
        return text.isEmpty() && types.isEmpty() && online == OnlineFilter.ANY;
    }

    /**
     * Whether every row this filter accepts is also accepted by {@code wider}, so that applying it
     * needs to test only the rows {@code wider} let through: the text contains the earlier text
     * (typed on, or in the middle) and the chips allow no type or online state they did not.
     */
    public boolean narrows(EntityFilter wider) {
        boolean typesWithin = wider.types.isEmpty() || (!types.isEmpty() && wider.types.containsAll(types));
        boolean onlineWithin = wider.online == OnlineFilter.ANY || wider.online == online;
        return text.contains(wider.text) && typesWithin && onlineWithin;
    }
}
