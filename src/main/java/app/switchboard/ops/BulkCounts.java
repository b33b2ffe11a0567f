package app.switchboard.ops;

/** The sizes of a bulk preview, shown in the batch's confirmation. */
public record BulkCounts(int willChange, int alreadyInState, int notEligible) {
}
