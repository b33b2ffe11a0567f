package app.switchboard.client;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;

/**
 * Everything one view (or one command) started. Leaving the view calls {@link #cancel()}: calls in
 * flight are cancelled, waits between retries end at once, and later calls made through the scope
 * fail with {@link ApiErrorKind#CANCELLED} instead of going out.
 *
 * <pre>{@code
 * CallScope scope = new CallScope();
 * DerConnectApi api = der.within(scope);   // every call made through api belongs to scope
 * ...
 * scope.cancel();                          // when the view is left
 * }</pre>
 */
public final class CallScope implements AutoCloseable {
    private final Set<Call> calls = ConcurrentHashMap.newKeySet();
    private final CountDownLatch cancelled = new CountDownLatch(1);

    public void cancel() {
        cancelled.countDown();
        calls.forEach(Call::cancel);
    }

    public boolean isCancelled() {
        return cancelled.getCount() == 0;
    }

    @Override
    public void close() {
        cancel();
    }

    /** Number of calls currently on the wire; for tests and diagnostics. */
    public int callsInFlight() {
        return calls.size();
    }

    void track(Call call) {
        calls.add(call);
        if (isCancelled()) {
            call.cancel();
        }
    }

    void untrack(Call call) {
        calls.remove(call);
    }

    /** Waits for the given time unless the scope is cancelled first; returns false if cancelled. */
    boolean pause(Duration duration) {
        try {
            return !cancelled.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
