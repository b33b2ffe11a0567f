package app.switchboard.fynn;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A feature of the Fynn catalogue, as embedded in an entitlement or fetched on its own. The three
 * counts are only present when one feature is fetched ({@code FeatureDetail}); null otherwise.
 */
public record Feature(@JsonProperty("id") String id,
                      @JsonProperty("name") String name,
                      @JsonProperty("description") String description,
                      @JsonProperty("status") FeatureStatus status,
                      @JsonProperty("type") FeatureType type,
                      @JsonProperty("config") FeatureConfig config,
                      @JsonProperty("unit") String unit,
                      @JsonProperty("productAssignmentsCount") Integer productAssignmentsCount,
                      @JsonProperty("productPriceAssignmentsCount") Integer productPriceAssignmentsCount,
                      @JsonProperty("entitlementsCount") Integer entitlementsCount) {
}
