package app.switchboard.derconnect;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * A DER Connect entity (EV, charge point, battery, ...). It has no status field; feature states
 * come from {@link DerConnectApi#features(String)}.
 *
 * @param online     null when the server does not say
 * @param properties free-form JSON, may be null
 */
public record Entity(@JsonProperty("id") String id,
                     @JsonProperty("type") EntityType type,
                     @JsonProperty("brand") String brand,
                     @JsonProperty("identifier") String identifier,
                     @JsonProperty("created") OffsetDateTime created,
                     @JsonProperty("name") String name,
                     @JsonProperty("parentId") String parentId,
                     @JsonProperty("isOnline") Boolean online,
                     @JsonProperty("properties") JsonNode properties,
                     @JsonProperty("lastSeen") OffsetDateTime lastSeen) {

    /** What to call the entity in a list: its name, else brand and identifier, else its id. */
    public String displayName() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        String label = ((brand == null ? "" : brand) + " " + (identifier == null ? "" : identifier)).trim();
        return label.isEmpty() ? id : label;
    }
}
