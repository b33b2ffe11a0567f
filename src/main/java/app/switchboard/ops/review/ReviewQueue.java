package app.switchboard.ops.review;

import app.switchboard.fynn.EntitlementStatus;
import java.time.Duration;
import java.time.Instant;

/**
 * The four questions the review answers, each a rule over one scanned entitlement at an instant
 * {@code now} with a horizon {@code within} (ignored by the queues that have none). Dates are
 * compared with the clock's "now", not the scan's, so a snapshot kept for the session still
 * answers correctly an hour later.
 */
public enum ReviewQueue {
    /**
     * Switched on (active or pending) and the validity ends after now and no later than
     * now + within: the customer is about to lose the feature.
     */
    EXPIRING {
        @Override
        boolean contains(boolean on, boolean disabled, Instant from, Instant until, Instant now, Instant end) {
            return on && until != null && until.isAfter(now) && !until.isAfter(end);
        }
    },
    /**
     * Switched on and the validity starts after now and no later than now + within: a grant that
     * has not started yet.
     */
    PENDING {
        @Override
        boolean contains(boolean on, boolean disabled, Instant from, Instant until, Instant now, Instant end) {
            return on && from != null && from.isAfter(now) && !from.isAfter(end);
        }
    },
    /** Switched off (status disabled) although now lies inside its validity window: paid for but off. */
    DISABLED {
        @Override
        boolean contains(boolean on, boolean disabled, Instant from, Instant until, Instant now, Instant end) {
            return disabled && ReviewRow.validAt(from, until, now);
        }
    },
    /** The validity ended at or before now, whatever the switch. */
    EXPIRED {
        @Override
        boolean contains(boolean on, boolean disabled, Instant from, Instant until, Instant now, Instant end) {
            return until != null && !until.isAfter(now);
        }
    };

    public boolean contains(ReviewRow row, Instant now, Duration within) {
        return contains(row.switchedOn(), row.disabled(), row.validFrom(), row.validUntil(), now, now.plus(within));
    }

    /**
     * {@link #contains} on what it reads of a row, already read: whether it is switched on, whether
     * its status is disabled and its validity ({@code from}, {@code until}), with the horizon's end
     * ({@code now + within}) worked out. A pass over every row of a big scan reads them once for all
     * queues, and a kept scan's summary answers with them before its rows are read.
     */
    abstract boolean contains(boolean on, boolean disabled, Instant from, Instant until, Instant now, Instant end);

    /** Whether {@code within} changes what this queue holds (the queue selector shows a day count). */
    public boolean hasHorizon() {
        return this == EXPIRING || this == PENDING;
    }
}
