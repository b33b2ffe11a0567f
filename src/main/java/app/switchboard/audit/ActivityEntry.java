package app.switchboard.audit;

import app.switchboard.text.Words;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One attempted change, one line in the activity log.
 *
 * @param id          unique id of this entry, referenced by {@link #undoOf()} of a later entry
 * @param time        when the attempt ended
 * @param user        the operating-system user who made it
 * @param environment environment name
 * @param api         which remote system
 * @param targetId    DER entity id, or Fynn subscription id
 * @param item        DER feature name, or Fynn entitlement id
 * @param targetName  the target in the operator's words (entity name, type, identifier; customer,
 *                    subscription number, feature)
 * @param action      {@code enable} or {@code disable}
 * @param before      state just before the write (null if unknown)
 * @param after       state the server reported afterwards (null if unknown, e.g. after a timeout)
 * @param reason      the operator's reason, may be null
 * @param outcome     how it ended
 * @param durationMs  how long the server call took, 0 when none was made
 * @param requestId   the server's request id when it gave one
 * @param batch       id of the bulk run this attempt belonged to, null for a single change
 * @param undoOf      id of the entry this change undoes, null otherwise
 * @param targetWords {@code targetName} as words, for the window's language (the English name is the
 *                    record); null in entries written before they were recorded
 * @param environmentId the environment's stable id ({@code Environment.id()}), which undo matches;
 *                    null in entries written before environments had ids
 */
public record ActivityEntry(String id, Instant time, String user, String environment, Api api,
                            String targetId, String item, String targetName, String action,
                            Boolean before, Boolean after, String reason, ActivityOutcome outcome,
                            long durationMs, String requestId, String batch, String undoOf,
                            Words targetWords, String environmentId) {

    public static final String ENABLE = "enable";
    public static final String DISABLE = "disable";

    public ActivityEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * The entry with its free texts (reason, the server's message and words) passed through
     * {@code mask}. The log masks each entry with the process's redactor as it writes it, known
     * secret values before patterns: masking by pattern here, earlier, would cut a secret that
     * holds a character such as {@code !} so that its exact value no longer matched.
     */
    public ActivityEntry masked(UnaryOperator<String> mask) {
        ActivityOutcome maskedOutcome = new ActivityOutcome(outcome.kind(), outcome.httpStatus(),
                mask.apply(outcome.message()), LoggedWords.masked(outcome.words(), mask));
        return new ActivityEntry(id, time, user, environment, api, targetId, item, mask.apply(targetName), action,
                before, after, mask.apply(reason), maskedOutcome, durationMs, requestId, batch, undoOf,
                LoggedWords.masked(targetWords, mask), environmentId);
    }

    /** An entry without an environment id, as entries were before environments had ids. */
    public ActivityEntry(String id, Instant time, String user, String environment, Api api,
                         String targetId, String item, String targetName, String action,
                         Boolean before, Boolean after, String reason, ActivityOutcome outcome,
                         long durationMs, String requestId, String batch, String undoOf, Words targetWords) {
        this(id, time, user, environment, api, targetId, item, targetName, action, before, after, reason, outcome,
                durationMs, requestId, batch, undoOf, targetWords, null);
    }

    /** An entry without words, as entries were before words were recorded. */
    public ActivityEntry(String id, Instant time, String user, String environment, Api api,
                         String targetId, String item, String targetName, String action,
                         Boolean before, Boolean after, String reason, ActivityOutcome outcome,
                         long durationMs, String requestId, String batch, String undoOf) {
        this(id, time, user, environment, api, targetId, item, targetName, action, before, after, reason, outcome,
                durationMs, requestId, batch, undoOf, null, null);
    }

    /**
     * Whether this entry was made in {@code environmentId} (named {@code name} now): by id when the
     * entry recorded one; an entry from before ids can only be matched by name.
     */
    public boolean madeIn(String environmentId, String name) {
        return this.environmentId != null ? this.environmentId.equals(environmentId) : environment.equals(name);
    }

    /** The target to show in any language: its words when recorded, else the recorded name. */
    public Words targetText() {
        return targetWords != null ? targetWords : Words.verbatim(targetName);
    }

    public static String actionFor(boolean on) {
        return on ? ENABLE : DISABLE;
    }

    /**
     * The state the operator asked for: from the action, so a refused or failed attempt still
     * says what was tried ({@link #after} is what the server reported, unchanged after a refusal).
     * Null when neither the action nor the outcome says.
     */
    public Boolean desired() {
        if (ENABLE.equals(action)) {
            return Boolean.TRUE;
        }
        return DISABLE.equals(action) ? Boolean.FALSE : after;
    }

    /** Whether undoing this entry means something: it changed the state and we know what it was. */
    public boolean isUndoable() {
        return outcome.kind() == OutcomeKind.SUCCEEDED && before != null && after != null && !before.equals(after);
    }
}
