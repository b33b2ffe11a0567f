package app.switchboard.client;

import app.switchboard.fynn.FynnPage;
import app.switchboard.fynn.Pagination;
import app.switchboard.fynn.PaginationMeta;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Paging that a broken server would keep going forever ends after a few requests. */
class EndlessPagingTest {

    @Test
    void freshContinuationTokensWithEmptyPagesEndTheListing() {
        AtomicInteger fetched = new AtomicInteger();

        List<String> items = ContinuationPages.<String>stream(token ->
                new ContinuationPages.Page<>(List.of(), "token-" + fetched.incrementAndGet())).toList();

        assertThat(items).isEmpty();
        assertThat(fetched).hasValue(ContinuationPages.MAX_EMPTY_PAGES);
    }

    @Test
    void anEmptyPageBetweenFullOnesDoesNotEndTheListing() {
        AtomicInteger fetched = new AtomicInteger();

        List<Integer> items = ContinuationPages.<Integer>stream(token -> {
            int n = fetched.incrementAndGet();
            return new ContinuationPages.Page<>(n == 2 ? List.of() : List.of(n), n < 4 ? "t" + n : null);
        }).toList();

        assertThat(items).containsExactly(1, 3, 4);
    }

    @Test
    void anAbsurdLastPageStopsAtTheFirstEmptyPage() {
        AtomicInteger fetched = new AtomicInteger();

        List<Integer> items = NumberedPages.fetchAll(page -> {
            fetched.incrementAndGet();
            return new NumberedPages.Page<>(page <= 3 ? List.of(page) : List.of(), Integer.MAX_VALUE);
        }, Runnable::run, 4, PageListener.ignore());

        assertThat(items).containsExactly(1, 2, 3);
        assertThat(fetched.get()).isLessThan(10);
    }

    @Test
    void fynnsLastPageIsBoundedByItsOwnItemCount() {
        FynnPage<String> absurd = new FynnPage<>(List.of("a", "b"),
                new PaginationMeta(new Pagination(250, 100, 1, Integer.MAX_VALUE, 2)));
        FynnPage<String> plain = new FynnPage<>(List.of("a"), new PaginationMeta(new Pagination(null, null, 1, 7, 1)));

        assertThat(absurd.lastPage()).isEqualTo(3);
        assertThat(plain.lastPage()).isEqualTo(7);
    }
}
