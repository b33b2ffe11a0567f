package app.switchboard.client;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * How a pager tells items apart: the API's name (for the words) and each item's id. An item
 * without an id is always kept; one whose id was already listed is dropped.
 */
public record Ids<T>(String api, Function<T, String> idOf) {

    /** Items the pager cannot tell apart: nothing is dropped, no page counts as repeated. */
    public static <T> Ids<T> none() {
        return new Ids<>("", item -> null);
    }

    Seen<T> seen() {
        return new Seen<>(idOf);
    }

    /** The ids listed so far in one listing. */
    static final class Seen<T> {
        private final Function<T, String> idOf;
        private final Set<String> ids = new HashSet<>();

        Seen(Function<T, String> idOf) {
            this.idOf = idOf;
        }

        /** The items not listed before; an empty result from a non-empty page means nothing new came. */
        List<T> fresh(List<T> items) {
            List<T> fresh = new ArrayList<>(items.size());
            for (T item : items) {
                String id = item == null ? null : idOf.apply(item);
                if (id == null || ids.add(id)) {
                    fresh.add(item);
                }
            }
            return fresh;
        }
    }
}
