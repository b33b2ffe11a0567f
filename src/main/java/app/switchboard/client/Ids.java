package app.switchboard.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How a pager tells items apart: the API's name (for the words) and each item's id. An item
 * without an id is always kept; one whose id was already listed is dropped, and remembered as
 * contradicted when it differs from the one kept.
 */
public record Ids<T>(String api, Function<T, String> idOf) {

    /** Items the pager cannot tell apart: nothing is dropped, no page counts as repeated. */
    public static <T> Ids<T> none() {
        return new Ids<>("", item -> null);
    }

    Seen<T> seen() {
        return new Seen<>(idOf);
    }

    /**
     * The ids a listing ({@link NumberedPages}) gave more than once with different content: the server
     * contradicted itself about them, so the one kept says nothing certain (a state read from it is unknown).
     */
    public static Set<String> contradictedIn(List<?> listing) {
        return listing instanceof PagedItems<?> paged ? paged.contradicted() : Set.of();
    }

    /** The ids listed so far in one listing. */
    static final class Seen<T> {
        private final Function<T, String> idOf;
        private final Map<String, T> first = new HashMap<>();
        private final Set<String> contradicted = new HashSet<>();

        Seen(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        /** The items not listed before; an empty result from a non-empty page means nothing new came. */
        List<T> fresh(List<T> items) {
            List<T> fresh = new ArrayList<>(items.size());
            for (T item : items) {
                String id = item == null ? null : idOf.apply(item);
                if (id == null) {
                    fresh.add(item);
                    continue;
                }
                T before = first.putIfAbsent(id, item);
                if (before == null) {
                    fresh.add(item);
                } else if (!before.equals(item)) {
                    contradicted.add(id);
                }
            }
            return fresh;
        }

        Set<String> contradicted() {
            return Set.copyOf(contradicted);
        }
    }
}
