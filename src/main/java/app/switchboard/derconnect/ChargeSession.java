package app.switchboard.derconnect;

import java.time.OffsetDateTime;
import java.util.List;

/** A charging session, the payload of a {@link ChargingRecord}. */
public record ChargeSession(ChargeReadings charge, OffsetDateTime start, OffsetDateTime end, GeoLocation location,
                            List<LocationMatch> locationMatches, RangeReadings range) {
}
