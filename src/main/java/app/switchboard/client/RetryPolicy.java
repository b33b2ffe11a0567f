package app.switchboard.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How often and how long an idempotent request is retried on 429, 502, 503, 504 and connection
 * failures: exponential backoff with jitter, Retry-After honoured, bounded by attempts and by the
 * total time spent waiting.
 *
 * @param maxAttempts total attempts including the first
 * @param baseDelay   delay before the second attempt (before jitter)
 * @param maxDelay    cap of one backoff delay
 * @param maxTotal    the request gives up rather than wait beyond this since its first attempt
 * @param random      source of jitter in [0, 1)
 * @param rateLimitsOnly retry only a 429 (the server asked to wait); every other failure is final
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotal,
                          DoubleSupplier random, boolean rateLimitsOnly) {

    public RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxTotal, DoubleSupplier random) {
        this(maxAttempts, baseDelay, maxDelay, maxTotal, random, false);
    }

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxTotal, "maxTotal");
        Objects.requireNonNull(random, "random");
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /**
     * For a connection test: a broken setting (refused connection, 5xx) must be reported at once,
     * but a 429 only asks to wait, as every other command does.
     */
    public static RetryPolicy onlyOnRateLimits() {
        RetryPolicy standard = standard();
        return new RetryPolicy(standard.maxAttempts, standard.baseDelay, standard.maxDelay, standard.maxTotal,
                standard.random, true);
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, () -> 0);
    }

    /**
     * Delay before attempt {@code nextAttempt} (2 = first retry): "equal jitter", between half and
     * all of the exponential value, so that many clients do not retry in lockstep.
     */
    public Duration backoff(int nextAttempt) {
        long exponential = baseDelay.toMillis() << Math.min(20, Math.max(0, nextAttempt - 2));
        long capped = Math.min(exponential, maxDelay.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (capped - half)));
    }

    static boolean isRetryableStatus(int status) {
        return status == 429 || status == 502 || status == 503 || status == 504;
    }
}
