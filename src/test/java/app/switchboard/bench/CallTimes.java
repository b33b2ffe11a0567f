package app.switchboard.bench;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;

/**
 * How long the client's HTTP calls took, from the call's start to its end (the answer read), and
 * how many were in flight on average. Splits a scan's ratio to its bound into the answers taking
 * longer than the added latency and fewer requests on the wire than the limit allows.
 */
final class CallTimes {
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong nanos = new AtomicLong();

    /** A listener per call, for {@code OkHttpClient.Builder.eventListenerFactory}. */
    EventListener listener(Call call) {
        long started = System.nanoTime();
        return new EventListener() {
            @Override
            public void callEnd(Call c) {
                ended();
            }

            @Override
            public void callFailed(Call c, IOException e) {
                ended();
            }

            private void ended() {
                calls.incrementAndGet();
                nanos.addAndGet(System.nanoTime() - started);
            }
        };
    }

    void reset() {
        calls.set(0);
        nanos.set(0);
    }

    long calls() {
        return calls.get();
    }

    /** Mean time of a call in milliseconds. */
    double meanMillis() {
        long n = calls.get();
        return n == 0 ? 0 : nanos.get() / 1e6 / n;
    }

    /** Calls in flight on average over {@code wallMillis}: the sum of their times over the wall clock. */
    double meanInFlight(double wallMillis) {
        return wallMillis <= 0 ? 0 : nanos.get() / 1e6 / wallMillis;
    }
}
