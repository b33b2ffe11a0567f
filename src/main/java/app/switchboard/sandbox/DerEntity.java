package app.switchboard.sandbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A DER Connect Entity exactly as the API writes it. */
public record DerEntity(UUID id, String type, String brand, String identifier, Instant created, String name,
                        UUID parentId, boolean isOnline, Map<String, Object> properties, Instant lastSeen) {

    public static final String EV = "EV";
    public static final String CHARGE_POINT = "ChargePoint";

    /** True when the type is one {@code CaptureChargeSessions} applies to. */
    public boolean canCaptureChargeSessions() {
        return EV.equals(type) || CHARGE_POINT.equals(type);
    }

    /** EVs need a battery capacity before charge sessions can be captured. */
    public boolean lacksBatteryCapacity() {
        return EV.equals(type) && (properties == null || properties.get("batteryCapacityKwh") == null);
    }
}
