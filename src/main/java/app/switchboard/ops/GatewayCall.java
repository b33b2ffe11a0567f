package app.switchboard.ops;

import app.switchboard.text.Words;
import java.util.function.Consumer;

/** One stale-write check and write against a gateway, classified into an outcome. */
final class GatewayCall {
    /** Where the stale-write check gets the switch's current state from. */
    @FunctionalInterface
    interface CurrentState {
        /** A fresh read just before this write: the single change's check. */
        CurrentState FRESH_READ = SwitchGateway::readCurrent;

        SwitchState of(SwitchGateway gateway, ChangeTarget target) throws SwitchFailure;
    }

    private final SwitchGateway gateway;
    private final ChangeRequest request;
    private final String reason;
    private final String batch;

    GatewayCall(SwitchGateway gateway, ChangeRequest request, String reason, String batch) {
        this.gateway = gateway;
        this.request = request;
        this.reason = reason;
        this.batch = batch;
    }

    /** @param current the stale-write check's source; null writes without checking */
    ChangeOutcome run(CurrentState current, Consumer<ChangeOutcome> onForbidden) {
        Boolean before = request.seenOn();
        boolean unverified = false;
        if (current != null) {
            SwitchState now;
            try {
                now = current.of(gateway, request.target());
            } catch (SwitchFailure | RuntimeException e) {
                return failure(ChangeOutcome.Kind.FAILED, null, Words.of("ops.change.rereadFailed", describe(e)), 0, null);
            }
            unverified = !now.isKnown();
            before = now.on();
            if (now.isKnown() && request.seenOn() != null && !now.on().equals(request.seenOn())) {
                return ChangeOutcome.stale(new StaleWrite(request, now.on(), reason, batch));
            }
        }
        ChangeOutcome outcome = write(before, onForbidden);
        return unverified ? outcome.unverifiedBeforeWrite() : outcome;
    }

    /**
     * Writes without reading first, because the current state cannot be read here (the server does
     * not offer the read): the outcome is marked as not verified before the write.
     */
    ChangeOutcome runUnverified(Consumer<ChangeOutcome> onForbidden) {
        return write(null, onForbidden).unverifiedBeforeWrite();
    }

    private ChangeOutcome write(Boolean before, Consumer<ChangeOutcome> onForbidden) {
        long start = System.nanoTime();
        try {
            SwitchResult result = gateway.apply(request.target(), request.desiredOn());
            return ChangeOutcome.answered(request, before, result, reason, millisSince(start), batch);
        } catch (SwitchFailure f) {
            ChangeOutcome outcome = ChangeOutcome.unsuccessful(kindOf(f), request, before, f.httpStatus(),
                    describe(f), reason, f.kind() == SwitchFailure.Kind.FORBIDDEN, millisSince(start), f.requestId(), batch);
            if (outcome.permissionDenied()) {
                onForbidden.accept(outcome);
            }
            return outcome;
        } catch (RuntimeException e) {
            return failure(ChangeOutcome.Kind.FAILED, before, describe(e), millisSince(start), null);
        }
    }

    private ChangeOutcome failure(ChangeOutcome.Kind kind, Boolean before, Words message, long durationMs, Integer status) {
        return ChangeOutcome.unsuccessful(kind, request, before, status, message, reason, false, durationMs, null, batch);
    }

    private static ChangeOutcome.Kind kindOf(SwitchFailure f) {
        return f.kind() == SwitchFailure.Kind.FAILED ? ChangeOutcome.Kind.FAILED : ChangeOutcome.Kind.REFUSED;
    }

    private static Words describe(Exception e) {
        if (e instanceof SwitchFailure f) {
            return f.words();
        }
        if (e instanceof app.switchboard.text.Worded w) {
            return w.words();
        }
        return Words.verbatim(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
