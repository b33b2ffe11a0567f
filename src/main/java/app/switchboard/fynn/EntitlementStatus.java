package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Status of an entitlement as computed by Fynn: disabled = switched off, pending = on but not yet
 * valid, expired = validity ended, active otherwise. Open-ended: a value Fynn adds later is kept
 * as sent and shown as-is ({@link #isKnown()} false) instead of failing the answer.
 */
public record EntitlementStatus(String value) {
    public static final EntitlementStatus ACTIVE = new EntitlementStatus("active");
    public static final EntitlementStatus PENDING = new EntitlementStatus("pending");
    public static final EntitlementStatus DISABLED = new EntitlementStatus("disabled");
    public static final EntitlementStatus EXPIRED = new EntitlementStatus("expired");
    public static final List<EntitlementStatus> KNOWN = List.of(ACTIVE, PENDING, DISABLED, EXPIRED);

    public EntitlementStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static EntitlementStatus of(String value) {
        return new EntitlementStatus(value);
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
