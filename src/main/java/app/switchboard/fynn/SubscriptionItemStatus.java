package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Billing status of a subscription item. Open-ended: a value Fynn adds later is kept as sent and
 * shown as-is ({@link #isKnown()} false) instead of failing the answer.
 */
public record SubscriptionItemStatus(String value) {
    public static final SubscriptionItemStatus ACTIVE = new SubscriptionItemStatus("active");
    public static final SubscriptionItemStatus CANCELED = new SubscriptionItemStatus("canceled");
    public static final SubscriptionItemStatus PENDING = new SubscriptionItemStatus("pending");
    public static final SubscriptionItemStatus TERMINATED = new SubscriptionItemStatus("terminated");
    public static final List<SubscriptionItemStatus> KNOWN = List.of(ACTIVE, CANCELED, PENDING, TERMINATED);

    public SubscriptionItemStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SubscriptionItemStatus of(String value) {
        return new SubscriptionItemStatus(value);
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
