package app.switchboard.derconnect;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether one platform feature (e.g. {@code CaptureChargeSessions}) is on for an entity. The
 * documented schema requires neither property: a missing {@code feature} names nothing, a missing
 * {@code isEnabled} is an unknown state (null), never "off".
 *
 * @param feature a value of the documented enum, or one the service added later (kept as sent)
 * @param enabled true, false, or null when the answer did not say
 */
public record EntityFeatureStatus(@JsonProperty("feature") String feature,
                                  @JsonProperty("isEnabled") Boolean enabled) {

    /** Whether the answer says this feature is known to the console's documented enum. */
    public boolean isKnownFeature() {
        return DerConnectApi.KNOWN_FEATURES.contains(feature);
    }
}
