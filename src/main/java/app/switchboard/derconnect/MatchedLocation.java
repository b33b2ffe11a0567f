package app.switchboard.derconnect;

/** A known location that a charge session was matched to. */
public record MatchedLocation(String id, String label) {
}
