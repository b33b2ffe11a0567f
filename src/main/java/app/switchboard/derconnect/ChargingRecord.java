package app.switchboard.derconnect;

import java.time.OffsetDateTime;

/** One computed charge session of an entity (sessions are computed once a day). */
public record ChargingRecord(String id, String entityId, OffsetDateTime created, ChargeSession data) {
}
