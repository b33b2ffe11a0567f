package app.switchboard.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.util.List;

/** The sandbox's Fynn records. Feature and its config are written to JSON as they are. */
public final class FynnModel {
    private FynnModel() {
    }

    /**
     * A feature's config in one of the documented shapes: an array of levels, a range object or a
     * switch's optional object; null for a switch without one.
     */
    public sealed interface Config permits Levels, RangeConfig, SwitchConfig {
    }

    /** One level; its value is a string or an integer, as the documented examples send both. */
    public record ConfigOption(Object value, String label) {
        public String text() {
            return String.valueOf(value);
        }
    }

    /** Levels of a custom or quantity feature, written as a plain JSON array. */
    public record Levels(@JsonValue List<ConfigOption> options) implements Config {
    }

    /** A range {@code {from, to}}: strings or integers, {@code to} null for unlimited. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RangeConfig(Object from, Object to) implements Config {
    }

    /** The optional object of a switch feature. */
    public record SwitchConfig(String internalFeatureName) implements Config {
    }

    /** A feature without config leaves the property out, as an optional property may be. */
    public record Feature(String id, String name, String description, String status, String type,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Config config, String unit) {
        Feature withStatus(String newStatus) {
            return new Feature(id, name, description, newStatus, type, config, unit);
        }
    }

    public record Customer(String id, String customerNumber, String firstName, String lastName, String companyName,
                           String countryCode, String language, String city, String zip, String street,
                           String houseNumber, String email, String vatId, Instant createdAt, String status) {
        public boolean business() {
            return companyName != null;
        }

        /** What a person sees: the company name, else first and last name. */
        public String displayName() {
            return business() ? companyName : firstName + " " + lastName;
        }
    }

    public record Subscription(String id, String number, String status, String customerId, List<String> itemIds,
                               Instant createdAt, Instant activatedAt, Instant trialEndsOn, Instant contractStart,
                               Instant contractEnd) {
    }

    public record Item(String id, String name, String description, String furtherInformation, String status,
                       String type, String subscriptionId, Instant activatedAt, String planCode, String planName) {
    }

    /** An entitlement; {@code enabled} is the switch, its status is computed against a clock. */
    public record Entitlement(String id, String itemId, String featureId, String value, Instant validFrom,
                              Instant validUntil, boolean enabled) {
        Entitlement withEnabled(boolean on) {
            return new Entitlement(id, itemId, featureId, value, validFrom, validUntil, on);
        }

        /** Expired once the window closed, whatever the switch; else disabled, pending or active. */
        public String status(Instant now) {
            if (validUntil != null && !validUntil.isAfter(now)) {
                return "expired";
            }
            if (!enabled) {
                return "disabled";
            }
            if (validFrom != null && validFrom.isAfter(now)) {
                return "pending";
            }
            return "active";
        }
    }
}
