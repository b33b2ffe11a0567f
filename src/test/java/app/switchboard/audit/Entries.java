package app.switchboard.audit;

import java.time.Instant;
import java.util.UUID;

/** Builds activity entries for the log tests. */
final class Entries {
    private Entries() {
    }

    static ActivityEntry entry(Instant time, String environment, String user, OutcomeKind kind, String targetName) {
        return new ActivityEntry(UUID.randomUUID().toString(), time, user, environment, Api.DER_CONNECT,
                "entity-" + targetName.hashCode(), "CaptureChargeSessions", targetName, ActivityEntry.DISABLE,
                true, kind == OutcomeKind.SUCCEEDED ? false : true, "ticket 1",
                new ActivityOutcome(kind, kind == OutcomeKind.REFUSED ? 400 : null, "message"), 12, "req-1", null, null);
    }

    static ActivityEntry entry(Instant time) {
        return entry(time, "Production", "alice", OutcomeKind.SUCCEEDED, "EV \"Car\" (VIN1)");
    }
}
