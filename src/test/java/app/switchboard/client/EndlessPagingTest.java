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
    void freshTokensWithFreshItemsWithoutEndStopAtTheCapAndSaySo() {
        AtomicInteger fetched = new AtomicInteger();
        List<PagingStop> stops = new java.util.ArrayList<>();

        List<String> items = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> ContinuationPages.stream(token -> {
                    int n = fetched.incrementAndGet();
                    return new ContinuationPages.Page<>(List.of("e" + n), "token-" + n);
                }, new Ids<String>("DER Connect", item -> item), stops::add).toList());

        assertThat(items).hasSize(ContinuationPages.MAX_PAGES);
        assertThat(fetched).hasValue(ContinuationPages.MAX_PAGES);
        assertThat(stops).singleElement().extracting(PagingStop::english).asString()
                .contains("DER Connect kept handing out further pages", "10,000 pages");
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

    private static final Ids<String> NAMED = new Ids<>("Fynn", item -> item);

    @Test
    void pagesThatRepeatTheSameItemsEndAfterTheFirstRepeatAndSaySo() {
        AtomicInteger fetched = new AtomicInteger();
        List<PagingStop> told = new java.util.ArrayList<>();
        PageListener<String> listener = new PageListener<>() {
            @Override
            public void onPage(List<String> items, int done, int total) {
            }

            @Override
            public void stopped(PagingStop stop) {
                told.add(stop);
            }
        };

        List<String> items = NumberedPages.fetchAll(page -> {
            fetched.incrementAndGet();
            return new NumberedPages.Page<>(List.of("s1", "s2", "s3", "s4", "s5", "s6", "s7"), 10_000);
        }, Runnable::run, 1, listener, NAMED);

        assertThat(items).containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "s7");
        assertThat(fetched).hasValue(2);
        assertThat(PagingStop.of(items)).isPresent();
        assertThat(told).singleElement().satisfies(stop -> assertThat(stop.english())
                .isEqualTo("Fynn sent page 2 with nothing but items already listed; the listing stopped there and may be incomplete"));
    }

    @Test
    void anItemListedTwiceAcrossPagesIsKeptOnce() {
        List<String> items = NumberedPages.fetchAll(page -> new NumberedPages.Page<>(
                page == 1 ? List.of("a", "b") : List.of("b", "c"), 2), Runnable::run, 1, PageListener.ignore(), NAMED);

        assertThat(items).containsExactly("a", "b", "c");
        assertThat(PagingStop.of(items)).isEmpty();
    }

    @Test
    void reachingTheCapIsAStopNotASilentEnd() {
        List<Integer> items = NumberedPages.fetchAll(page -> new NumberedPages.Page<>(List.of(page), Integer.MAX_VALUE),
                Runnable::run, 8, PageListener.ignore(), new Ids<>("Fynn", String::valueOf));

        assertThat(items).hasSize(NumberedPages.MAX_PAGES);
        assertThat(PagingStop.of(items)).hasValueSatisfying(stop -> assertThat(stop.english())
                .contains("announced 2,147,483,647 pages").contains("only the first 10,000"));
    }

    @Test
    void continuationPagesOfOnlyKnownIdsEndWithAStopAndNoDuplicates() {
        AtomicInteger fetched = new AtomicInteger();
        List<PagingStop> told = new java.util.ArrayList<>();

        List<String> items = ContinuationPages.stream(token -> new ContinuationPages.Page<>(List.of("e1", "e2"),
                "fresh-" + fetched.incrementAndGet()), new Ids<>("DER Connect", (String item) -> item), told::add).toList();

        assertThat(items).containsExactly("e1", "e2");
        assertThat(fetched).hasValue(2);
        assertThat(told).singleElement().satisfies(stop -> assertThat(stop.english()).startsWith("DER Connect sent page 2"));
    }

    @Test
    void aRepeatedContinuationTokenIsReportedToo() {
        AtomicInteger fetched = new AtomicInteger();
        List<PagingStop> told = new java.util.ArrayList<>();

        ContinuationPages.stream(token -> new ContinuationPages.Page<>(List.of("e" + fetched.incrementAndGet()), "same"),
                new Ids<>("DER Connect", (String item) -> item), told::add).toList();

        assertThat(told).singleElement().satisfies(stop -> assertThat(stop.english()).contains("page token it had already given"));
    }
}
