package app.switchboard.fynn;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/** A subscription item in full; nested objects the console does not use are kept as raw JSON. */
public record SubscriptionItem(String id, String name, String description, String furtherInformation,
                               SubscriptionItemStatus status, String type, OffsetDateTime activatedAt,
                               Boolean inheritedPeriod, JsonNode parent, ItemPlan plan, JsonNode pricePlan,
                               JsonNode product, ItemBilling billing, List<JsonNode> measurementValues,
                               JsonNode currentMeasurementValue, List<JsonNode> appliedDiscounts,
                               List<JsonNode> periods) {
}
