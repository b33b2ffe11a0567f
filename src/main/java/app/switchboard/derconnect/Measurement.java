package app.switchboard.derconnect;

/** A value with its unit, e.g. 7.2 kW. */
public record Measurement(String unit, Double value) {
}
