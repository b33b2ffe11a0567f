package app.switchboard.fynn;

/** {@code meta} of a Fynn collection answer. */
public record PaginationMeta(Pagination pagination) {
}
