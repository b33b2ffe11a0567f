package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.credentials.Environment;

import java.util.List;

/**
 * What a bulk change would do, before anything is sent.
 *
 * @param willChange     the changes to make
 * @param alreadyInState switches already in the asked state
 * @param notEligible    switches that cannot take the change, each with its reason
 */
public record BulkPreview(List<ChangeRequest> willChange, List<Skipped> alreadyInState, List<Skipped> notEligible) {

    /** A switch left out of the batch, and why. */
    public record Skipped(ChangeTarget target, Words reason) {
    }

    public BulkPreview {
        willChange = List.copyOf(willChange);
        alreadyInState = List.copyOf(alreadyInState);
        notEligible = List.copyOf(notEligible);
        if (willChange.stream().map(r -> r.target().environment().name()).distinct().count() > 1) {
            throw new IllegalArgumentException("A batch works in one environment at a time");
        }
    }

    /** A batch of known changes, e.g. retrying failed ones or undoing a batch. */
    public static BulkPreview of(List<ChangeRequest> changes) {
        return new BulkPreview(changes, List.of(), List.of());
    }

    public BulkCounts counts() {
        return new BulkCounts(willChange.size(), alreadyInState.size(), notEligible.size());
    }

    public boolean isEmpty() {
        return willChange.isEmpty();
    }

    Environment environment() {
        return willChange.get(0).target().environment();
    }
}
