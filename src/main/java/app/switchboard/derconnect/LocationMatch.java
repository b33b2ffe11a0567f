package app.switchboard.derconnect;

/** How well a charge session matches a known location (accuracy 0..1). */
public record LocationMatch(Double accuracy, MatchedLocation location) {
}
