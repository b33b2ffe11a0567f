package app.switchboard.derconnect;

/** A reading split over tariff registers t1..t4, with their total. */
public record TieredMeasurement(Double t1, Double t2, Double t3, Double t4, Double total, String unit) {
}
