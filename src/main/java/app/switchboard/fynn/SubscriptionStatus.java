package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Objects;

/**
 * Status of a subscription (note: "cancelled", while items say "canceled"). Open-ended: a value
 * Fynn adds later is kept as sent and shown as-is ({@link #isKnown()} false) instead of failing
 * the answer.
 */
public record SubscriptionStatus(String value) {
    public static final SubscriptionStatus DRAFT = new SubscriptionStatus("draft");
    public static final SubscriptionStatus OFFER = new SubscriptionStatus("offer");
    public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");
    public static final SubscriptionStatus PAUSED = new SubscriptionStatus("paused");
    public static final SubscriptionStatus CANCELLED = new SubscriptionStatus("cancelled");
    public static final SubscriptionStatus TERMINATED = new SubscriptionStatus("terminated");
    public static final List<SubscriptionStatus> KNOWN = List.of(DRAFT, OFFER, ACTIVE, PAUSED, CANCELLED, TERMINATED);

    public SubscriptionStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator
    public static SubscriptionStatus of(String value) {
        return new SubscriptionStatus(value);
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
