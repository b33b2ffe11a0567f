package app.switchboard.ops;

import app.switchboard.text.Words;

/**
 * The switch changed on the server since the operator loaded it, so nothing was written. The
 * operator either reloads (shows {@link #nowOn()}) or proceeds with {@link ChangeEngine#proceed}.
 * Only the engine creates one, because proceeding reuses the confirmation already given.
 */
public final class StaleWrite {
    private final ChangeRequest request;
    private final boolean nowOn;
    private final String reason;
    private final String batch;

    StaleWrite(ChangeRequest request, boolean nowOn, String reason, String batch) {
        this.request = request;
        this.nowOn = nowOn;
        this.reason = reason;
        this.batch = batch;
    }

    public ChangeRequest request() {
        return request;
    }

    public boolean wasOn() {
        return request.seenOn();
    }

    public boolean nowOn() {
        return nowOn;
    }

    String reason() {
        return reason;
    }

    String batch() {
        return batch;
    }

    /** e.g. "changed since you loaded it: was off, now on", in English. */
    public String message() {
        return words().english();
    }

    public Words words() {
        ChangeTarget target = request.target();
        return Words.of("ops.stale", target.stateWords(wasOn()), target.stateWords(nowOn));
    }

    @Override
    public String toString() {
        return request.target().displayName() + ": " + message();
    }
}
