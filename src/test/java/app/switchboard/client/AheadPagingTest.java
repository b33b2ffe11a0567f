package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paging with the window opened before page 1 has said how many pages there are. */
class AheadPagingTest {
    private static final int WINDOW = 8;
    private static final int PAGE_SIZE = 3;

    private final ExecutorService pool = Executors.newFixedThreadPool(WINDOW);
    private final List<Integer> asked = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    /** A server like Fynn: {@code rows} items, pages of three, an empty page past the last. */
    private IntFunction<NumberedPages.Page<Integer>> server(int rows) {
        int lastPage = Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
        return n -> {
            asked.add(n);
            int from = (n - 1) * PAGE_SIZE;
            List<Integer> items = IntStream.range(from, Math.min(rows, from + PAGE_SIZE)).boxed().toList();
            return new NumberedPages.Page<>(items, lastPage);
        };
    }

    @ParameterizedTest(name = "last page {0}")
    @ValueSource(ints = {1, 2, 8, 9, 100})
    void returnsExactlyTheServersRowsInOrder(int lastPage) {
        int rows = lastPage * PAGE_SIZE - 1;
        List<String> progress = new ArrayList<>();

        List<Integer> all = NumberedPages.fetchAllAhead(server(rows), pool, WINDOW,
                (items, done, total) -> progress.add(done + "/" + total));

        assertThat(all).containsExactlyElementsOf(IntStream.range(0, rows).boxed().toList());
        assertThat(progress).containsExactlyElementsOf(IntStream.rangeClosed(1, lastPage)
                .mapToObj(n -> n + "/" + lastPage).toList());
        // pages opened past the last one may or may not have gone out before they were dropped
        assertThat(List.copyOf(asked)).doesNotHaveDuplicates()
                .containsAll(IntStream.rangeClosed(1, lastPage).boxed().toList())
                .allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(Math.max(lastPage, WINDOW)));
    }

    @Test
    void anEmptySubscriptionGivesNoRows() {
        List<String> progress = new ArrayList<>();

        List<Integer> all = NumberedPages.fetchAllAhead(server(0), pool, WINDOW,
                (items, done, total) -> progress.add(done + "/" + total + ":" + items.size()));

        assertThat(all).isEmpty();
        assertThat(progress).containsExactly("1/1:0");
    }

    @Test
    void theFirstWindowIsRequestedBeforePageOneAnswers() throws Exception {
        CountDownLatch othersAsked = new CountDownLatch(WINDOW - 1);
        IntFunction<NumberedPages.Page<Integer>> server = server(20 * PAGE_SIZE);

        List<Integer> all = NumberedPages.fetchAllAhead(n -> {
            if (n == 1) {
                awaitQuietly(othersAsked);
            } else if (n <= WINDOW) {
                othersAsked.countDown();
            }
            return server.apply(n);
        }, pool, WINDOW, PageListener.ignore());

        assertThat(othersAsked.getCount()).as("pages 2..8 asked while page 1 was on its way").isZero();
        assertThat(all).hasSize(20 * PAGE_SIZE);
    }

    @Test
    void aFailingPagePastTheLastOneIsIgnored() {
        IntFunction<NumberedPages.Page<Integer>> server = server(2 * PAGE_SIZE);

        List<Integer> all = NumberedPages.fetchAllAhead(n -> {
            if (n > 2) {
                throw new ApiException(ApiErrorKind.INVALID, "Fynn", 400, List.of("Page out of range"),
                        "GET", "/fynn/subscriptions", null, null, null, null);
            }
            return server.apply(n);
        }, pool, WINDOW, PageListener.ignore());

        assertThat(all).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aFailingPageWithinTheListingFailsItWithItsOwnError() {
        ApiException boom = new ApiException(ApiErrorKind.SERVER_ERROR, "Fynn", 500, List.of("boom"),
                "GET", "/fynn/subscriptions", "h", null, null, null);
        IntFunction<NumberedPages.Page<Integer>> server = server(12 * PAGE_SIZE);

        assertThatThrownBy(() -> NumberedPages.fetchAllAhead(n -> {
            if (n == 10) {
                throw boom;
            }
            return server.apply(n);
        }, pool, WINDOW, PageListener.ignore())).isSameAs(boom);
    }

    @Test
    void anAbsurdLastPageStillStopsAtTheFirstEmptyPage() {
        List<Integer> all = NumberedPages.fetchAllAhead(n -> {
            asked.add(n);
            return new NumberedPages.Page<>(n <= 3 ? List.of(n) : List.of(), Integer.MAX_VALUE);
        }, pool, WINDOW, PageListener.ignore());

        assertThat(all).containsExactly(1, 2, 3);
        assertThat(List.copyOf(asked)).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4 + WINDOW));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
