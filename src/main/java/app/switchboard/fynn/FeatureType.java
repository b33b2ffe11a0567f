package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * How a feature's value is read: switch (on/off), custom (one of the configured labels), quantity
 * (a configured number or unlimited), range (a number within the configured range). Open-ended: a
 * value Fynn adds later is kept as sent and shown as-is ({@link #isKnown()} false) instead of
 * failing the answer.
 */
public record FeatureType(String value) {
    public static final FeatureType SWITCH = new FeatureType("switch");
    public static final FeatureType CUSTOM = new FeatureType("custom");
    public static final FeatureType QUANTITY = new FeatureType("quantity");
    public static final FeatureType RANGE = new FeatureType("range");
    public static final List<FeatureType> KNOWN = List.of(SWITCH, CUSTOM, QUANTITY, RANGE);

    public FeatureType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static FeatureType of(String value) {
        return new FeatureType(value);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
