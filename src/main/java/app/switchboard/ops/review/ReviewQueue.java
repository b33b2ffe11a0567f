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
        public boolean contains(ReviewRow row, Instant now, Duration within) {
            Instant until = row.validUntil();
            return row.switchedOn() && until != null && until.isAfter(now) && !until.isAfter(now.plus(within));
        }
    },
    /**
     * Switched on and the validity starts after now and no later than now + within: a grant that
     * has not started yet.
     */
    PENDING {
        @Override
        public boolean contains(ReviewRow row, Instant now, Duration within) {
            Instant from = row.validFrom();
            return row.switchedOn() && from != null && from.isAfter(now) && !from.isAfter(now.plus(within));
        }
    },
    /** Switched off (status disabled) although now lies inside its validity window: paid for but off. */
    DISABLED {
        @Override
        public boolean contains(ReviewRow row, Instant now, Duration within) {
            return EntitlementStatus.DISABLED.equals(row.status()) && row.validAt(now);
        }
    },
    /** The validity ended at or before now, whatever the switch. */
    EXPIRED {
        @Override
        public boolean contains(ReviewRow row, Instant now, Duration within) {
            Instant until = row.validUntil();
            return until != null && !until.isAfter(now);
        }
    };

    public abstract boolean contains(ReviewRow row, Instant now, Duration within);

    /** Whether {@code within} changes what this queue holds (the queue selector shows a day count). */
    public boolean hasHorizon() {
        return this == EXPIRING || this == PENDING;
    }
}
