package app.switchboard.client;

import java.util.AbstractList;
import java.util.List;
import java.util.Optional;

/** A listing's items, read-only, with why it ended early when it did ({@link PagingStop#of}). */
final class PagedItems<T> extends AbstractList<T> {
    private final List<T> items;
    private final PagingStop stop;
    private final java.util.Set<String> contradicted;

    PagedItems(List<T> items, PagingStop stop) {
        this(items, stop, java.util.Set.of());
    }

    PagedItems(List<T> items, PagingStop stop, java.util.Set<String> contradicted) {
        // not List.copyOf: a page may carry a null item, which the views show as "—"
        this.items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
        this.stop = stop;
        this.contradicted = contradicted;
    }

    java.util.Set<String> contradicted() {
        return contradicted;
    }

    Optional<PagingStop> stop() {
        return Optional.ofNullable(stop);
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }
}
