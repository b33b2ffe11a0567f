package app.switchboard.sandbox;

/**
 * What the sandbox does wrong, on purpose. Each rate is the probability (0..1) that one API request
 * gets that fault; at most one fault hits a request, so the rates must add up to no more than 1.
 * Admin and OpenAPI requests are never touched.
 *
 * @param latencyMs          added delay before every API answer
 * @param jitterMs           up to this much extra delay, drawn per request
 * @param serverErrorRate    500 with the API's own error body
 * @param unavailableRate    503 with Retry-After
 * @param rateLimitRate      429 with Retry-After
 * @param hangRate           no answer at all; the sandbox drops the request after {@code hangMillis}
 * @param resetRate          connection closed without any response
 * @param truncatedRate      a normal answer whose JSON body is cut in half
 * @param htmlErrorRate      502 with an HTML page, as a gateway would send
 * @param retryAfterSeconds  the Retry-After value sent with 429 and 503
 * @param hangMillis         how long a hung request is held before the sandbox closes it
 * @param editorIntervalMs   every this many ms the concurrent editor changes things; 0 = only on demand
 * @param editorBatch        how many changes the periodic editor makes each time
 */
public record FaultSettings(long latencyMs, long jitterMs, double serverErrorRate, double unavailableRate,
                            double rateLimitRate, double hangRate, double resetRate, double truncatedRate,
                            double htmlErrorRate, int retryAfterSeconds, long hangMillis, long editorIntervalMs,
                            int editorBatch) {

    public FaultSettings {
        requireNotNegative("latencyMs", latencyMs);
        requireNotNegative("jitterMs", jitterMs);
        requireNotNegative("retryAfterSeconds", retryAfterSeconds);
        requireNotNegative("editorIntervalMs", editorIntervalMs);
        requireNotNegative("editorBatch", editorBatch);
        if (hangMillis < 1) {
            throw new IllegalArgumentException("hangMillis must be at least 1");
        }
        double total = 0;
        double[] rates = {serverErrorRate, unavailableRate, rateLimitRate, hangRate, resetRate, truncatedRate,
                htmlErrorRate};
        for (double rate : rates) {
            if (!(rate >= 0 && rate <= 1)) {
                throw new IllegalArgumentException("fault rates must be between 0 and 1, got " + rate);
            }
            total += rate;
        }
        if (total > 1.000001) {
            throw new IllegalArgumentException("fault rates add up to " + total + ", more than 1");
        }
    }

    public static FaultSettings none() {
        return new FaultSettings(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 30_000, 0, 3);
    }

    /** Latency with 50% jitter and {@code totalRate} spread evenly over the seven request faults. */
    public static FaultSettings of(long latencyMs, double totalRate) {
        double each = totalRate / 7;
        return new FaultSettings(latencyMs, latencyMs / 2, each, each, each, each, each, each, each, 1, 30_000, 0, 3);
    }

    /** Only the given fault, on every API request: what tests use to observe one fault kind. */
    public static FaultSettings always(FaultKind kind) {
        FaultSettings n = none();
        return new FaultSettings(0, 0, rate(kind, FaultKind.SERVER_ERROR), rate(kind, FaultKind.UNAVAILABLE),
                rate(kind, FaultKind.RATE_LIMITED), rate(kind, FaultKind.HANG), rate(kind, FaultKind.RESET),
                rate(kind, FaultKind.TRUNCATED), rate(kind, FaultKind.HTML_ERROR), n.retryAfterSeconds,
                n.hangMillis, 0, n.editorBatch);
    }

    public FaultSettings withLatency(long latency, long jitter) {
        return new FaultSettings(latency, jitter, serverErrorRate, unavailableRate, rateLimitRate, hangRate,
                resetRate, truncatedRate, htmlErrorRate, retryAfterSeconds, hangMillis, editorIntervalMs, editorBatch);
    }

    public FaultSettings withHangMillis(long millis) {
        return new FaultSettings(latencyMs, jitterMs, serverErrorRate, unavailableRate, rateLimitRate, hangRate,
                resetRate, truncatedRate, htmlErrorRate, retryAfterSeconds, millis, editorIntervalMs, editorBatch);
    }

    public FaultSettings withEditor(long intervalMs, int batch) {
        return new FaultSettings(latencyMs, jitterMs, serverErrorRate, unavailableRate, rateLimitRate, hangRate,
                resetRate, truncatedRate, htmlErrorRate, retryAfterSeconds, hangMillis, intervalMs, batch);
    }

    /** The fault for a uniform draw {@code u} in [0,1), or {@code null} for a normal answer. */
    FaultKind pick(double u) {
        double[] rates = {serverErrorRate, unavailableRate, rateLimitRate, hangRate, resetRate, truncatedRate,
                htmlErrorRate};
        FaultKind[] kinds = {FaultKind.SERVER_ERROR, FaultKind.UNAVAILABLE, FaultKind.RATE_LIMITED, FaultKind.HANG,
                FaultKind.RESET, FaultKind.TRUNCATED, FaultKind.HTML_ERROR};
        double cumulative = 0;
        for (int i = 0; i < rates.length; i++) {
            cumulative += rates[i];
            if (u < cumulative) {
                return kinds[i];
            }
        }
        return null;
    }

    private static double rate(FaultKind wanted, FaultKind kind) {
        return wanted == kind ? 1.0 : 0.0;
    }

    private static void requireNotNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
