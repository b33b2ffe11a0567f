package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityLogException;
import app.switchboard.audit.ActivityOutcome;
import app.switchboard.audit.OutcomeKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.UUID;

/** Turns an outcome into its activity entry and writes it before anyone is told the result. */
final class ActivityRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityRecorder.class);

    private final ActivityLog log;
    private final Clock clock;
    private final String user;

    ActivityRecorder(ActivityLog log, Clock clock, String user) {
        this.log = log;
        this.clock = clock;
        this.user = user;
    }

    ChangeOutcome record(ChangeOutcome outcome) {
        ActivityEntry entry = entryFor(outcome);
        try {
            log.append(entry);
            return outcome.recorded(entry.id(), null);
        } catch (ActivityLogException e) {
            LOG.error("Change not recorded in the activity log: {}", outcome.summary(), e);
            return outcome.recorded(null, Words.of("ops.change.notRecorded",
                    e.getCause() == null ? e.getMessage() : e.getCause().toString()).english());
        }
    }

    private ActivityEntry entryFor(ChangeOutcome o) {
        ChangeRequest r = o.request();
        ChangeTarget t = r.target();
        Boolean after = switch (o.kind()) {
            case SUCCEEDED, NOT_APPLIED -> o.after().on();
            // nothing was written, so the switch is as it was
            case REFUSED, CANCELLED, STALE -> o.before();
            // a timeout may or may not have reached the server
            case FAILED -> null;
        };
        return new ActivityEntry(UUID.randomUUID().toString(), clock.instant(), user, t.environment().name(),
                t.api(), t.targetId(), t.item(), t.displayName(), ActivityEntry.actionFor(r.desiredOn()),
                o.before(), after, o.reason(), new ActivityOutcome(kindOf(o), o.httpStatus(), logMessage(o), loggedWords(o)),
                o.durationMs(), o.requestId(), o.batch(), r.undoOf(), t.name().isVerbatim() ? null : t.name(),
                t.environment().id());
    }

    private static OutcomeKind kindOf(ChangeOutcome o) {
        return switch (o.kind()) {
            case SUCCEEDED -> OutcomeKind.SUCCEEDED;
            case REFUSED -> OutcomeKind.REFUSED;
            case FAILED -> OutcomeKind.FAILED;
            case CANCELLED, STALE -> OutcomeKind.CANCELLED;
            case NOT_APPLIED -> OutcomeKind.NOT_APPLIED;
        };
    }

    private static String logMessage(ChangeOutcome o) {
        Words words = messageWords(o);
        return words == null ? null : words.english();
    }

    /** The message's words, for the window; none when they are only the server's (the message says it all). */
    private static Words loggedWords(ChangeOutcome o) {
        Words words = messageWords(o);
        return words == null || words.isVerbatim() ? null : words;
    }

    private static Words messageWords(ChangeOutcome o) {
        Words words = switch (o.kind()) {
            case STALE -> Words.of("ops.change.stoppedBeforeWriting", o.words());
            case NOT_APPLIED -> o.after().isKnown()
                    ? Words.of("ops.change.notApplied", o.answeredWords())
                    : Words.of("ops.change.notConfirmed");
            default -> o.words();
        };
        return o.unverified() ? Words.of("ops.change.unverified", words == null ? "" : words) : words;
    }
}
