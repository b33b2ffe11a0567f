package app.switchboard.derconnect;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Body of {@code PATCH /v1/entities/{id}/features}: exactly these two properties. */
public record FeatureActivation(@JsonProperty("feature") String feature,
                                @JsonProperty("enabled") boolean enabled) {
}
