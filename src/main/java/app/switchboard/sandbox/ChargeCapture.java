package app.switchboard.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code CaptureChargeSessions} state of one entity, with the periods it was on: charge
 * sessions exist only for time inside those periods.
 */
public record ChargeCapture(boolean enabled, List<Period> periods) {
    public static final String FEATURE = "CaptureChargeSessions";
    static final ChargeCapture OFF = new ChargeCapture(false, List.of());

    /** A stretch of time the feature was on; {@code until} is null while it still is. */
    public record Period(Instant from, Instant until) {
    }

    public ChargeCapture {
        periods = List.copyOf(periods);
    }

    ChargeCapture switchedOn(Instant at) {
        if (enabled) {
            return this;
        }
        List<Period> next = new ArrayList<>(periods);
        next.add(new Period(at, null));
        return new ChargeCapture(true, next);
    }

    ChargeCapture switchedOff(Instant at) {
        if (!enabled) {
            return this;
        }
        List<Period> next = new ArrayList<>(periods);
        Period open = next.remove(next.size() - 1);
        next.add(new Period(open.from(), at));
        return new ChargeCapture(false, next);
    }
}
