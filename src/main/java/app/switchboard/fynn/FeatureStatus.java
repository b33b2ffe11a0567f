package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Lifecycle of a catalogue feature. Open-ended: a value Fynn adds later is kept as sent and shown
 * as-is ({@link #isKnown()} false) instead of failing the answer.
 */
public record FeatureStatus(String value) {
    public static final FeatureStatus DRAFT = new FeatureStatus("draft");
    public static final FeatureStatus ACTIVE = new FeatureStatus("active");
    public static final FeatureStatus ARCHIVED = new FeatureStatus("archived");
    public static final List<FeatureStatus> KNOWN = List.of(DRAFT, ACTIVE, ARCHIVED);

    public FeatureStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static FeatureStatus of(String value) {
        return new FeatureStatus(value);
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
