package app.switchboard.ops;

import java.util.Objects;

/**
 * What the operator asked for: flip {@link #target()} from the state they saw to the state they want.
 *
 * @param seenOn    the state on the operator's screen when they clicked; the stale-write check
 *                  compares the server's current state with it. Null when the screen showed
 *                  "state unknown": there is nothing to compare, the check is skipped
 * @param desiredOn the state they want
 * @param undoOf    id of the activity entry this change undoes, null for an ordinary change
 */
public record ChangeRequest(ChangeTarget target, Boolean seenOn, boolean desiredOn, String undoOf) {

    public ChangeRequest {
        Objects.requireNonNull(target, "target");
    }

    public static ChangeRequest set(ChangeTarget target, Boolean seenOn, boolean desiredOn) {
        return new ChangeRequest(target, seenOn, desiredOn, null);
    }

    /** Switching something off removes a capability from a customer: the dialog styles it as dangerous. */
    public boolean isDangerous() {
        return !desiredOn;
    }

    public boolean isUndo() {
        return undoOf != null;
    }

    ChangeRequest seeing(Boolean state) {
        return new ChangeRequest(target, state, desiredOn, undoOf);
    }

    /** e.g. {@code off → on}. */
    public String transition() {
        return (seenOn == null ? "unknown" : target.stateWord(seenOn)) + " → " + target.stateWord(desiredOn);
    }
}
