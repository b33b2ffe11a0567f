package app.switchboard.derconnect;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether one platform feature (e.g. {@code CaptureChargeSessions}) is on for an entity. */
public record EntityFeatureStatus(@JsonProperty("feature") String feature,
                                  @JsonProperty("isEnabled") boolean enabled) {
}
