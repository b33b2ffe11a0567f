package app.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void close() {
        pool.shutdownNow();
    }

    @Test
    void continuationPagesAreFetchedOnlyAsFarAsTheStreamIsRead() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        Map<String, ContinuationPages.Page<Integer>> pages = Map.of(
                "first", new ContinuationPages.Page<>(List.of(1, 2), "t2"),
                "t2", new ContinuationPages.Page<>(List.of(3, 4), "t3"),
                "t3", new ContinuationPages.Page<>(List.of(5), null));

        List<Integer> firstThree = ContinuationPages.<Integer>stream(token -> {
            asked.add(token == null ? "first" : token);
            return pages.get(token == null ? "first" : token);
        }).limit(3).toList();

        assertThat(firstThree).containsExactly(1, 2, 3);
        assertThat(asked).containsExactly("first", "t2");
    }

    @Test
    void continuationPagingReadsToTheLastPage() {
        Map<String, ContinuationPages.Page<Integer>> pages = Map.of(
                "first", new ContinuationPages.Page<>(List.of(1), "t2"),
                "t2", new ContinuationPages.Page<>(List.of(), "t3"),
                "t3", new ContinuationPages.Page<>(List.of(2), ""));

        assertThat(ContinuationPages.<Integer>stream(t -> pages.get(t == null ? "first" : t)).toList()).containsExactly(1, 2);
    }

    @Test
    void aRepeatedContinuationTokenEndsTheStreamInsteadOfLooping() {
        List<String> asked = Collections.synchronizedList(new ArrayList<>());
        List<Integer> all = ContinuationPages.<Integer>stream(token -> {
            asked.add(String.valueOf(token));
            // a broken server: after t2 it keeps answering with t1 again
            return token == null ? new ContinuationPages.Page<>(List.of(1), "t1")
                    : token.equals("t1") ? new ContinuationPages.Page<>(List.of(2), "t2")
                    : new ContinuationPages.Page<>(List.of(3), "t1");
        }).toList();

        assertThat(all).containsExactly(1, 2, 3);
        assertThat(asked).containsExactly("null", "t1", "t2");
    }

    @Test
    void numberedPagesAreFetchedConcurrentlyButDeliveredInOrderWithProgress() {
        int total = 6;
        // page 2 is held back until the last page has been fetched, so pages finish out of order
        CountDownLatch lastPageFetched = new CountDownLatch(1);
        List<Integer> fetchOrder = Collections.synchronizedList(new ArrayList<>());
        List<String> delivered = new ArrayList<>();

        List<String> all = NumberedPages.fetchAll(n -> {
            if (n == 2) {
                awaitQuietly(lastPageFetched);
            }
            fetchOrder.add(n);
            if (n == total) {
                lastPageFetched.countDown();
            }
            return new NumberedPages.Page<>(List.of("p" + n + "a", "p" + n + "b"), total);
        }, pool, 8, (items, done, of) -> delivered.add(done + "/" + of + ":" + String.join(",", items)));

        assertThat(fetchOrder.indexOf(total)).isLessThan(fetchOrder.indexOf(2));
        assertThat(all).containsExactlyElementsOf(IntStream.rangeClosed(1, total)
                .boxed().flatMap(n -> List.of("p" + n + "a", "p" + n + "b").stream()).collect(Collectors.toList()));
        assertThat(delivered).containsExactly("1/6:p1a,p1b", "2/6:p2a,p2b", "3/6:p3a,p3b", "4/6:p4a,p4b",
                "5/6:p5a,p5b", "6/6:p6a,p6b");
    }

    @Test
    void aFailingPageFailsTheWholeFetchWithItsOwnError() {
        ApiException boom = new ApiException(ApiErrorKind.SERVER_ERROR, "Fynn", 500, List.of("boom"),
                "GET", "/fynn/subscriptions", "h", null, null, null);
        try {
            NumberedPages.fetchAll(n -> {
                if (n == 3) {
                    throw boom;
                }
                return new NumberedPages.Page<>(List.of(n), 4);
            }, pool, 8, PageListener.ignore());
            throw new AssertionError("expected failure");
        } catch (ApiException e) {
            assertThat(e).isSameAs(boom);
        }
    }

    @Test
    void aSinglePageNeedsNoBackgroundWork() {
        List<Integer> all = NumberedPages.fetchAll(n -> new NumberedPages.Page<>(List.of(7, 8), 1),
                command -> {
                    throw new AssertionError("no page after the first should be fetched");
                }, 8, PageListener.ignore());
        assertThat(all).containsExactly(7, 8);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
