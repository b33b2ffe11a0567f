package app.switchboard.fynn;

/** Body of {@code PUT /entitlements/{id}/status}. */
public record EntitlementStatusUpdate(boolean active) {
}
