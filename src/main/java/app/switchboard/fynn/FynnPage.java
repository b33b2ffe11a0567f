package app.switchboard.fynn;

import java.util.List;

/** One page of a Fynn collection: {@code {data: [...], meta: {pagination: {...}}}}. */
public record FynnPage<T>(List<T> data, PaginationMeta meta) {
    public FynnPage {
        data = data == null ? List.of() : data;
    }

    /** Number of the last page; 1 when the server does not say. */
    public int lastPage() {
        Integer last = meta == null || meta.pagination() == null ? null : meta.pagination().lastPage();
        return last == null || last < 1 ? 1 : last;
    }

    /** Total number of items; the size of this page when the server does not say. */
    public int totalItems() {
        Integer total = meta == null || meta.pagination() == null ? null : meta.pagination().totalItems();
        return total == null ? data.size() : total;
    }
}
