package app.switchboard.fynn;

import java.util.List;
import java.util.OptionalInt;

/** One page of a Fynn collection: {@code {data: [...], meta: {pagination: {...}}}}. */
public record FynnPage<T>(List<T> data, PaginationMeta meta) {
    public FynnPage {
        data = data == null ? List.of() : data;
    }

    /**
     * The last page as Fynn states it, but no further than its own item count allows: a server that
     * announces billions of pages for a few items would otherwise have every one of them fetched.
     */
    public int lastPage() {
        Pagination p = meta == null ? null : meta.pagination();
        Integer last = p == null ? null : p.lastPage();
        if (last == null || last < 1) {
            return 1;
        }
        if (p.totalItems() != null && p.itemsPerPage() != null && p.totalItems() >= 0 && p.itemsPerPage() > 0) {
            long plausible = Math.max(1, ((long) p.totalItems() + p.itemsPerPage() - 1) / p.itemsPerPage());
            return (int) Math.min(last, plausible);
        }
        return last;
    }

    /** The last page exactly as Fynn states it (1 when it states none or an impossible one). */
    public int announcedLastPage() {
        Pagination p = meta == null ? null : meta.pagination();
        return p == null || p.lastPage() == null || p.lastPage() < 1 ? 1 : p.lastPage();
    }

    /** Total number of items; the size of this page when the server does not say or says something impossible. */
    public int totalItems() {
        return statedTotal().orElse(data.size());
    }

    /** The server's total when it gave one that can be true (not negative, not below this page's items). */
    public OptionalInt statedTotal() {
        Integer total = meta == null || meta.pagination() == null ? null : meta.pagination().totalItems();
        return total == null || total < 0 || total < data.size() ? OptionalInt.empty() : OptionalInt.of(total);
    }
}
