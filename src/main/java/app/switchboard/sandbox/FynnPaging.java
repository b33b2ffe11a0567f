package app.switchboard.sandbox;

import java.util.List;
import java.util.function.Function;

/** API Platform collections: {@code page} from 1, {@code limit} 0..100 (more is capped), {@code meta.pagination}. */
final class FynnPaging {
    static final int DEFAULT_LIMIT = 30;
    static final int MAX_LIMIT = 100;

    record Pagination(int totalItems, int itemsPerPage, int currentPage, int lastPage, int pageTotalItems) {
    }

    record Meta(Pagination pagination) {
    }

    record Collection<T>(List<T> data, Meta meta) {
    }

    private FynnPaging() {
    }

    static <S, T> ApiResponse page(ApiRequest request, List<S> all, Function<S, T> toJson) {
        int page;
        int limit;
        try {
            page = request.query("page").map(Integer::parseInt).orElse(1);
            limit = request.query("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
        } catch (NumberFormatException e) {
            return FynnProblems.of(400, "Page and limit must be integers.");
        }
        if (page < 1) {
            return FynnProblems.of(400, "Page should not be less than 1");
        }
        if (limit < 0) {
            return FynnProblems.of(400, "Limit should not be less than 0");
        }
        limit = Math.min(limit, MAX_LIMIT);
        int total = all.size();
        int lastPage = limit == 0 ? 1 : Math.max(1, (total + limit - 1) / limit);
        long from = (long) (page - 1) * limit;
        List<S> slice = limit == 0 || from >= total ? List.of() : all.subList((int) from, (int) Math.min(total, from + limit));
        List<T> data = slice.stream().map(toJson).toList();
        return ApiResponse.json(200, new Collection<>(data, new Meta(new Pagination(total, limit, page, lastPage, data.size()))));
    }
}
