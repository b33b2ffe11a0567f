package app.switchboard.client;

import java.time.Clock;
import java.util.Objects;

/**
 * The knobs of an API connection that tests and the composition root may turn: retry policy,
 * requests in flight, how time passes, the clock token lifetimes are measured with, and the
 * redactor that learns every credential the connection sends or obtains (the composition root
 * passes the process's own, so that the log file and the other outlets mask them too).
 */
public record ApiTuning(RetryPolicy retry, int maxInFlight, Waiting waiting, Clock clock, KnownSecrets secrets) {
    public ApiTuning {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(waiting, "waiting");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(secrets, "secrets");
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1");
        }
    }

    /** Standard knobs with a redactor of its own. */
    public static ApiTuning standard() {
        return new ApiTuning(RetryPolicy.standard(), ApiCaller.DEFAULT_MAX_IN_FLIGHT, Waiting.REAL, Clock.systemUTC(),
                new KnownSecrets());
    }

    public ApiTuning withRetry(RetryPolicy policy) {
        return new ApiTuning(policy, maxInFlight, waiting, clock, secrets);
    }

    public ApiTuning withMaxInFlight(int limit) {
        return new ApiTuning(retry, limit, waiting, clock, secrets);
    }

    public ApiTuning withWaiting(Waiting value) {
        return new ApiTuning(retry, maxInFlight, value, clock, secrets);
    }

    public ApiTuning withClock(Clock value) {
        return new ApiTuning(retry, maxInFlight, waiting, value, secrets);
    }

    public ApiTuning withSecrets(KnownSecrets value) {
        return new ApiTuning(retry, maxInFlight, waiting, clock, value);
    }
}
