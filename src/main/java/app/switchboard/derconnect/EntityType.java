package app.switchboard.derconnect;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Type of a DER Connect entity. Open-ended: a type the vendor adds later is kept as sent and shown
 * as-is ({@link #isKnown()} false) rather than failing the whole list.
 */
public record EntityType(String value) {
    public static final EntityType BATTERY = new EntityType("Battery");
    public static final EntityType CHARGE_POINT = new EntityType("ChargePoint");
    public static final EntityType EV = new EntityType("EV");
    public static final EntityType HEAT_PUMP = new EntityType("HeatPump");
    public static final EntityType SOLAR_PLANT = new EntityType("SolarPlant");
    public static final EntityType RETROFIT_METER = new EntityType("RetrofitMeter");
    public static final EntityType METER = new EntityType("Meter");
    public static final EntityType INVERTER = new EntityType("Inverter");
    public static final List<EntityType> KNOWN = List.of(BATTERY, CHARGE_POINT, EV, HEAT_PUMP, SOLAR_PLANT,
            RETROFIT_METER, METER, INVERTER);

    public EntityType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static EntityType of(String value) {
        return new EntityType(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /** EVs and charge points are the only entities that can capture charge sessions. */
    public boolean canCaptureChargeSessions() {
        return equals(EV) || equals(CHARGE_POINT);
    }

    @Override
    public String toString() {
        return value;
    }
}
