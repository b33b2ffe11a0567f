package app.switchboard.derconnect;

/** Where a charge session happened. */
public record GeoLocation(String address, Double latitude, Double longitude) {
}
