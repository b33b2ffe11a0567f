package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Status of a customer. Open-ended: a value Fynn adds later is kept as sent and shown as-is
 * ({@link #isKnown()} false) instead of failing the answer.
 */
public record CustomerStatus(String value) {
    public static final CustomerStatus ACTIVE = new CustomerStatus("STATUS_ACTIVE");
    public static final CustomerStatus ARCHIVED = new CustomerStatus("STATUS_ARCHIVED");
    public static final CustomerStatus SUSPENDED = new CustomerStatus("STATUS_SUSPENDED");
    public static final List<CustomerStatus> KNOWN = List.of(ACTIVE, ARCHIVED, SUSPENDED);

    public CustomerStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static CustomerStatus of(String value) {
        return new CustomerStatus(value);
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
