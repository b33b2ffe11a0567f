package app.switchboard.client;

import app.switchboard.text.Words;
import java.util.List;
import java.util.Optional;

/**
 * Why a listing ended before the server said it was complete: a page that repeated what was
 * already listed, a token handed out twice, or the safety cap. Never a silent end: the command line
 * prints it and exits non-zero, the window shows it as a notice.
 */
public record PagingStop(Words words) {

    static PagingStop repeatedPage(String api, int page) {
        return new PagingStop(Words.of("client.paging.repeated", api, page));
    }

    static PagingStop repeatedToken(String api, int pages) {
        return new PagingStop(Words.of("client.paging.repeatedToken", api, pages));
    }

    static PagingStop emptyPages(String api, int pages) {
        return new PagingStop(Words.of("client.paging.emptyPages", api, pages));
    }

    static PagingStop pagesCapped(String api, int pages) {
        return new PagingStop(Words.of("client.paging.pagesCapped", api, pages));
    }

    static PagingStop capped(String api, int announced, int cap) {
        return new PagingStop(Words.of("client.paging.capped", api, announced, cap));
    }

    /** The stop a listing returned by the pagers carries, if it ended early. */
    public static Optional<PagingStop> of(List<?> listing) {
        return listing instanceof PagedItems<?> paged ? paged.stop() : Optional.empty();
    }

    public String english() {
        return words.english();
    }
}
