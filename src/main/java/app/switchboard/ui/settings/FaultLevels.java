package app.switchboard.ui.settings;

/**
 * The fault panel's settings: latency and jitter, the probability (0..1) of each fault per request,
 * and the periodic concurrent editor.
 *
 * @param editorIntervalMs 0 means the editor only runs when asked ("edit now")
 */
public record FaultLevels(long latencyMs, long jitterMs, double serverError, double unavailable,
                          double rateLimited, double timeout, double reset, double truncated, double htmlError,
                          long editorIntervalMs, int editorBatch) {

    public static FaultLevels none() {
        return new FaultLevels(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3);
    }

    /** At most one fault hits a request, so the probabilities share one request's chance. */
    public double totalRate() {
        return serverError + unavailable + rateLimited + timeout + reset + truncated + htmlError;
    }
}
