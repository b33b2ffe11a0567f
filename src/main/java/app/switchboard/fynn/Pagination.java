package app.switchboard.fynn;

/** Fynn's pagination block of a collection answer. */
public record Pagination(Integer totalItems, Integer itemsPerPage, Integer currentPage, Integer lastPage,
                         Integer pageTotalItems) {
}
