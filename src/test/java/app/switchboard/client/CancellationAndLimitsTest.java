package app.switchboard.client;

import static app.switchboard.testsupport.FakeServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.testsupport.FakeServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CancellationAndLimitsTest {
    private final SharedHttp http = new SharedHttp();
    private final FakeServer server = new FakeServer();
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService pool = Executors.newFixedThreadPool(20);

    @AfterEach
    void close() {
        release.countDown();
        pool.shutdownNow();
        server.close();
        http.close();
    }

    private void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void noMoreThanEightRequestsOfOneApiAreInFlight() throws Exception {
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch eightArrived = new CountDownLatch(8);
        server.answer(r -> {
            most.accumulateAndGet(now.incrementAndGet(), Math::max);
            eightArrived.countDown();
            await(release);
            now.decrementAndGet();
            return json(200, "{}");
        });
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api")).build();
        List<CompletableFuture<JsonNode>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> caller.send(ApiRequest.get("x"), JsonNode.class), pool));
        }
        assertThat(eightArrived.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(now.get()).isEqualTo(8);

        release.countDown();
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        assertThat(most.get()).isEqualTo(ApiCaller.DEFAULT_MAX_IN_FLIGHT);
        assertThat(server.requests()).hasSize(20);
    }

    @Test
    void cancellingAScopeEndsItsCallsInFlightAndRefusesNewOnes() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        server.answer(r -> {
            arrived.countDown();
            await(release);
            return json(200, "{}");
        });
        ApiCaller shared = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api")).build();
        CallScope view = new CallScope();
        ApiCaller inView = shared.within(view);
        CompletableFuture<JsonNode> call = CompletableFuture.supplyAsync(
                () -> inView.send(ApiRequest.get("slow"), JsonNode.class), pool);
        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();

        view.cancel();

        assertThat(kindOf(call)).isEqualTo(ApiErrorKind.CANCELLED);
        CompletableFuture<JsonNode> later = CompletableFuture.supplyAsync(
                () -> inView.send(ApiRequest.get("again"), JsonNode.class), pool);
        assertThat(kindOf(later)).isEqualTo(ApiErrorKind.CANCELLED);
        assertThat(server.requests()).hasSize(1);
        assertThat(view.callsInFlight()).isZero();
    }

    @Test
    void cancellingAScopeEndsAWaitBetweenRetries() throws Exception {
        CountDownLatch failed = new CountDownLatch(1);
        server.answer(r -> {
            failed.countDown();
            return new mockwebserver3.MockResponse.Builder().code(503).addHeader("Retry-After", "25").body("").build();
        });
        CallScope view = new CallScope();
        ApiCaller caller = ApiCaller.builder(http.okHttp(), "Test API").baseUrl(server.url("/api")).build().within(view);
        CompletableFuture<JsonNode> call = CompletableFuture.supplyAsync(
                () -> caller.send(ApiRequest.get("x"), JsonNode.class), pool);
        assertThat(failed.await(30, TimeUnit.SECONDS)).isTrue();

        view.cancel();

        assertThat(kindOf(call)).isEqualTo(ApiErrorKind.CANCELLED);
        assertThat(server.requests()).hasSize(1);
    }

    private static ApiErrorKind kindOf(CompletableFuture<?> call) throws Exception {
        try {
            call.get(30, TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return ((ApiException) e.getCause()).kind();
        }
    }
}
