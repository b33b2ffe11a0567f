package app.switchboard.client;

import java.time.Clock;
import java.util.Objects;

/**
 * The knobs of an API connection that tests and the composition root may turn: retry policy,
 * requests in flight, how time passes, and the clock token lifetimes are measured with.
 */
public record ApiTuning(RetryPolicy retry, int maxInFlight, Waiting waiting, Clock clock) {
    public ApiTuning {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(clock, "clock");
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    public static ApiTuning standard() {
        return new ApiTuning(RetryPolicy.standard(), ApiCaller.DEFAULT_MAX_IN_FLIGHT, Waiting.REAL, Clock.systemUTC());
    }

    public ApiTuning withRetry(RetryPolicy policy) {
        return new ApiTuning(policy, maxInFlight, waiting, clock);
    }

    public ApiTuning withMaxInFlight(int limit) {
        return new ApiTuning(retry, limit, waiting, clock);
    }

    public ApiTuning withWaiting(Waiting value) {
        return new ApiTuning(retry, maxInFlight, value, clock);
    }

    public ApiTuning withClock(Clock value) {
        return new ApiTuning(retry, maxInFlight, waiting, value);
    }
}
