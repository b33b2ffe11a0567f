package app.switchboard.ops;

import app.switchboard.text.Words;
import java.util.Optional;

/**
 * How one change ended, with everything the notification, the result table and Undo need.
 *
 * @param kind             how it ended
 * @param request          what was asked
 * @param before           the server's state just before the write (the state seen if not re-read)
 * @param after            the server's state afterwards; null unless succeeded
 * @param httpStatus       the server's status code when it answered
 * @param words            the server's reason (verbatim), the failure's cause, or why it was stopped
 * @param reason           the operator's reason
 * @param permissionDenied a 403: the API is now read-only in that environment
 * @param durationMs       how long the write took
 * @param requestId        the server's request id when it gave one
 * @param batch            the bulk run it belonged to, or null
 * @param staleWrite       set when {@code kind == STALE}
 * @param entryId          id of its activity entry, null if it could not be recorded
 * @param notRecorded      why it could not be recorded in the activity log, null when it was
 * @param unverified       the state could not be read before the write, so no stale-write check was made
 */
public record ChangeOutcome(Kind kind, ChangeRequest request, Boolean before, SwitchState after,
                            Integer httpStatus, Words words, String reason, boolean permissionDenied,
                            long durationMs, String requestId, String batch, StaleWrite staleWrite,
                            String entryId, String notRecorded, boolean unverified) {

    public enum Kind {
        SUCCEEDED, REFUSED, FAILED, CANCELLED,
        /** Stopped before writing: the switch changed since the operator loaded it. */
        STALE,
        /**
         * The server answered the write, but its answer contradicts the request (asked on, answers
         * off) or gives no state at all: never a success. {@link #after()} is what it answered.
         */
        NOT_APPLIED
    }

    /** The write was answered: a success only when the answer states the state that was asked for. */
    static ChangeOutcome answered(ChangeRequest request, Boolean before, SwitchResult result, String reason,
                                  long durationMs, String batch) {
        SwitchState after = result.state();
        boolean applied = after.isKnown() && after.on() == request.desiredOn();
        Words status = after.statusText() == null ? null : Words.verbatim(after.statusText());
        return new ChangeOutcome(applied ? Kind.SUCCEEDED : Kind.NOT_APPLIED, request, before, after, null, status,
                reason, false, durationMs, result.requestId(), batch, null, null, null, false);
    }

    static ChangeOutcome unsuccessful(Kind kind, ChangeRequest request, Boolean before, Integer httpStatus,
                                      Words words, String reason, boolean permissionDenied, long durationMs,
                                      String requestId, String batch) {
        return new ChangeOutcome(kind, request, before, null, httpStatus, words, reason, permissionDenied,
                durationMs, requestId, batch, null, null, null, false);
    }

    /** The same outcome, marked as written without a stale-write check because the state could not be read. */
    ChangeOutcome unverifiedBeforeWrite() {
        return new ChangeOutcome(kind, request, before, after, httpStatus, words, reason, permissionDenied,
                durationMs, requestId, batch, staleWrite, entryId, notRecorded, true);
    }

    static ChangeOutcome stopped(ChangeRequest request, Words why, String reason, String batch) {
        return unsuccessful(Kind.CANCELLED, request, request.seenOn(), null, why, reason, false, 0, null, batch);
    }

    static ChangeOutcome stale(StaleWrite stale) {
        return new ChangeOutcome(Kind.STALE, stale.request(), stale.nowOn(), null, null, stale.words(),
                stale.reason(), false, 0, null, stale.batch(), stale, null, null, false);
    }

    ChangeOutcome recorded(String id, String problem) {
        return new ChangeOutcome(kind, request, before, after, httpStatus, words, reason, permissionDenied,
                durationMs, requestId, batch, staleWrite, id, problem, unverified);
    }

    public boolean succeeded() {
        return kind == Kind.SUCCEEDED;
    }

    /** Sent for a second person's approval instead of to the API: nothing changed yet. */
    public boolean awaitsApproval() {
        return kind == Kind.CANCELLED && words != null && "ops.approval.awaiting".equals(words.key());
    }

    /** Stopped by the environment's approval rule: awaiting approval, or why it could not even be requested. */
    public boolean stoppedForApproval() {
        return kind == Kind.CANCELLED && words != null && words.key() != null && words.key().startsWith("ops.approval.");
    }

    public boolean isRecorded() {
        return entryId != null;
    }

    /** The change that puts things back, when this one actually changed the switch. */
    public Optional<ChangeRequest> undoRequest() {
        if (!succeeded() || before == null || before.equals(after.on())) {
            return Optional.empty();
        }
        return Optional.of(new ChangeRequest(request.target(), after.on(), before, entryId));
    }

    /** The server's reason, the failure's cause, or why it was stopped, in English (CLI, activity log); may be null. */
    public String message() {
        return words == null ? null : words.english();
    }

    /** One sentence naming the switch, the environment and what happened, in English (CLI, logs). */
    public String summary() {
        return summaryWords().english();
    }

    /** {@link #summary()} for any language; the server's own words stay as it sent them. */
    public Words summaryWords() {
        Words summary = plainSummary();
        return unverified ? Words.of("ops.outcome.unverified", summary) : summary;
    }

    private Words plainSummary() {
        ChangeTarget target = request.target();
        Words name = target.name();
        String where = target.environment().name();
        Words why = words == null ? Words.verbatim("") : words;
        return switch (kind) {
            case SUCCEEDED -> after.statusText() == null || after.statusText().equals(target.stateWord(after.on()))
                    ? Words.of("ops.outcome.succeeded", name, target.stateWords(after.on()), where)
                    : Words.of("ops.outcome.succeededWithStatus", name, target.stateWords(after.on()),
                    Words.verbatim(after.statusText()), where);
            case REFUSED -> httpStatus == null
                    ? Words.of("ops.outcome.refused", target.api().displayName(), name, target.stateWords(request.desiredOn()), where, why)
                    : Words.of("ops.outcome.refusedWithStatus", target.api().displayName(), name,
                    target.stateWords(request.desiredOn()), where, String.valueOf(httpStatus), why);
            case FAILED -> Words.of("ops.outcome.failed", name, target.stateWords(request.desiredOn()), where, why);
            case CANCELLED -> Words.of("ops.outcome.cancelled", name, where, why);
            case STALE -> Words.of("ops.outcome.stale", name, where, why);
            case NOT_APPLIED -> after.isKnown()
                    ? Words.of("ops.outcome.notApplied", name, where, target.stateWords(request.desiredOn()),
                    answeredWords())
                    : Words.of("ops.outcome.notConfirmed", name, where, target.stateWords(request.desiredOn()));
        };
    }

    /** What the server answered, with its own status word when it gave one (e.g. "inactive (expired)"). */
    public Words answeredWords() {
        ChangeTarget target = request.target();
        if (after == null || !after.isKnown()) {
            return Words.of("ops.state.unknown");
        }
        Words state = target.stateWords(after.on());
        return after.statusText() == null || after.statusText().equals(target.stateWord(after.on())) ? state
                : Words.of("ops.outcome.stateWithStatus", state, Words.verbatim(after.statusText()));
    }
}
