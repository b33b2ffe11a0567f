package app.switchboard.derconnect;

/** The vehicle's range at the start and end of a charge session. */
public record RangeReadings(Measurement start, Measurement end) {
}
