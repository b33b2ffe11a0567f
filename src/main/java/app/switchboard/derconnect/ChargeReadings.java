package app.switchboard.derconnect;

/** The {@code charge} part of a charge session: power and energy readings. */
public record ChargeReadings(Measurement averagePower, Measurement start, Measurement end, TieredMeasurement total) {
}
