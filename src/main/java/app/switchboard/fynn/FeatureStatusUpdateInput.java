package app.switchboard.fynn;

/** Body for changing a feature's catalogue status. */
public record FeatureStatusUpdateInput(FeatureStatus status, Boolean applyToExistingSubscriptions) {
}
