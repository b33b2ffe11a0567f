package app.switchboard.fynn;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.client.Json;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The vendors add fields and values without notice; the console must keep working and show them as sent. */
class ToleranceTest {
    private final ObjectMapper mapper = Json.newMapper();

    @Test
    void unknownEntityTypeIsKeptAndWrittenBackUnchanged() throws Exception {
        Entity entity = mapper.readValue("{\"id\":\"e1\",\"type\":\"HydrogenTank\",\"created\":\"2024-03-14T09:21:05Z\","
                + "\"brand\":null,\"identifier\":null,\"color\":\"red\",\"isOnline\":false}", Entity.class);

        assertThat(entity.type().value()).isEqualTo("HydrogenTank");
        assertThat(entity.type().isKnown()).isFalse();
        assertThat(entity.type().toString()).isEqualTo("HydrogenTank");
        assertThat(mapper.readTree(mapper.writeValueAsString(entity)).path("type").asText()).isEqualTo("HydrogenTank");
        assertThat(entity.displayName()).isEqualTo("e1");
        assertThat(EntityType.of("EV").isKnown()).isTrue();
    }

    @Test
    void unknownStatusAndFeatureTypeSurviveARoundTrip() throws Exception {
        String json = "{\"id\":\"x\",\"subscriptionItem\":null,\"feature\":{\"id\":\"f\",\"type\":\"meter\",\"status\":\"beta\"},"
                + "\"value\":\"42\",\"active\":true,\"status\":\"suspended\",\"brandNewField\":{\"a\":1}}";

        Entitlement entitlement = mapper.readValue(json, Entitlement.class);
        Entitlement again = mapper.readValue(mapper.writeValueAsString(entitlement), Entitlement.class);

        assertThat(again).isEqualTo(entitlement);
        assertThat(entitlement.status().value()).isEqualTo("suspended");
        assertThat(entitlement.status().isKnown()).isFalse();
        assertThat(entitlement.feature().type().value()).isEqualTo("meter");
        assertThat(entitlement.feature().status().toString()).isEqualTo("beta");
        assertThat(entitlement.displayValue()).isEqualTo("42");
        assertThat(entitlement.subscriptionItem()).isNull();
        assertThat(entitlement.itemName()).isEqualTo("—");
        assertThat(entitlement.featureName()).isEqualTo("f");
    }

    @Test
    void missingFeatureShowsTheBareValueAndMissingValueADash() throws Exception {
        Entitlement bare = mapper.readValue("{\"id\":\"x\",\"feature\":null,\"value\":\"true\"}", Entitlement.class);
        assertThat(bare.featureName()).isEqualTo("—");
        assertThat(bare.displayValue()).isEqualTo("true");
        assertThat(bare.status()).isNull();
        assertThat(FeatureValues.format(null, "true")).isEqualTo("true");
        assertThat(FeatureValues.format(null, null)).isEqualTo("—");
    }

    @Test
    void customerGivenOnlyAsIriOrIdIsKeptAsId() throws Exception {
        Subscription byIri = mapper.readValue("{\"id\":\"s\",\"customer\":\"/customers/c-77\"}", Subscription.class);
        Subscription byId = mapper.readValue("{\"id\":\"s\",\"customer\":\"c-78\"}", Subscription.class);
        Subscription none = mapper.readValue("{\"id\":\"s\",\"customer\":null}", Subscription.class);

        assertThat(byIri.customer().id()).isEqualTo("c-77");
        assertThat(byIri.customer().isIdOnly()).isTrue();
        assertThat(byId.customer().id()).isEqualTo("c-78");
        assertThat(none.customer()).isNull();
        assertThat(none.items()).isEmpty();
    }

    @Test
    void featureValuesReadAsTheirTypeMeansThem() throws Exception {
        Feature onOff = feature("switch", "null", null);
        Feature plan = feature("custom", "[{\"value\":\"gold\",\"label\":\"Gold plan\"}]", null);
        Feature seats = feature("quantity", "[{\"value\":\"25\",\"label\":\"25 users\"}]", "users");
        Feature storage = feature("range", "{\"from\":1,\"to\":100}", "GB");
        Feature openEnded = feature("range", "{\"from\":1,\"to\":null}", "GB");
        Feature rangeAsOptions = feature("range", "[{\"value\":\"0\",\"label\":\"from\"},{\"value\":\"30\",\"label\":\"to\"}]", "%");
        Feature openOptions = feature("range", "[{\"value\":\"1\",\"label\":\"from\"},{\"value\":\"unlimited\",\"label\":\"to\"}]", "rows");

        assertThat(FeatureValues.format(onOff, "true")).isEqualTo("On");
        assertThat(FeatureValues.format(onOff, "false")).isEqualTo("Off");
        assertThat(FeatureValues.format(plan, "gold")).isEqualTo("Gold plan");
        assertThat(FeatureValues.format(plan, "platinum")).isEqualTo("platinum");
        assertThat(FeatureValues.format(seats, "25")).isEqualTo("25 users");
        assertThat(FeatureValues.format(seats, "unlimited")).isEqualTo("Unlimited");
        assertThat(FeatureValues.format(storage, "50")).isEqualTo("50 GB (allowed 1–100 GB)");
        assertThat(FeatureValues.format(openEnded, "500")).isEqualTo("500 GB (allowed 1 GB or more)");
        assertThat(FeatureValues.format(rangeAsOptions, "10")).isEqualTo("10 % (allowed 0–30 %)");
        assertThat(FeatureValues.format(openOptions, "5000")).isEqualTo("5000 rows (allowed 1 rows or more)");
    }

    @Test
    void featureConfigRoundTripsInBothShapes() throws Exception {
        Feature range = feature("range", "{\"from\":1,\"to\":100}", "GB");
        Feature levels = feature("custom", "[{\"value\":\"gold\",\"label\":\"Gold plan\"}]", null);

        assertThat(mapper.readValue(mapper.writeValueAsString(range), Feature.class)).isEqualTo(range);
        assertThat(mapper.readValue(mapper.writeValueAsString(levels), Feature.class)).isEqualTo(levels);
        assertThat(levels.config().options()).containsExactly(new FeatureConfigOption("gold", "Gold plan"));
        assertThat(range.config().from()).contains("1");
    }

    @Test
    void everyDocumentedConfigShapeIsRead() throws Exception {
        Feature integerLevels = feature("quantity", "[{\"value\":5,\"label\":\"5 users\"},{\"value\":\"unlimited\",\"label\":\"Unlimited users\"}]", "users");
        Feature stringRange = feature("range", "{\"from\":\"1\",\"to\":\"1000\"}", "GB");
        Feature unlimitedRange = feature("range", "{\"from\":\"1\",\"to\":null}", "GB");
        Feature switchObject = feature("switch", "{\"internalFeatureName\":\"feature-1\"}", null);
        Feature noConfig = mapper.readValue("{\"id\":\"f\",\"type\":\"switch\"}", Feature.class);

        assertThat(integerLevels.config().options()).containsExactly(new FeatureConfigOption("5", "5 users"),
                new FeatureConfigOption("unlimited", "Unlimited users"));
        assertThat(FeatureValues.format(integerLevels, "5")).isEqualTo("5 users");
        assertThat(FeatureValues.format(stringRange, "50")).isEqualTo("50 GB (allowed 1–1000 GB)");
        assertThat(FeatureValues.format(unlimitedRange, "5000")).isEqualTo("5000 GB (allowed 1 GB or more)");
        assertThat(switchObject.config().options()).isEmpty();
        assertThat(FeatureValues.format(switchObject, "true")).isEqualTo("On");
        assertThat(FeatureValues.format(noConfig, "false")).isEqualTo("Off");
    }

    @Test
    void anUnreadableOptionalFieldCostsThatFieldNotTheAnswer() throws Exception {
        ObjectMapper lenient = app.switchboard.client.LenientFields.mapperFor("Fynn");
        String json = "{\"data\":[{\"id\":\"e1\",\"subscriptionItem\":\"/subscription-items/42\",\"value\":\"true\","
                + "\"validFrom\":\"yesterday at noon\",\"active\":true,\"status\":\"active\"},"
                + "{\"id\":\"e2\",\"value\":\"false\",\"validFrom\":\"2026-01-01T00:00:00+00:00\",\"active\":false,\"status\":\"disabled\"}]}";

        FynnPage<Entitlement> page = lenient.readValue(json,
                lenient.getTypeFactory().constructParametricType(FynnPage.class, Entitlement.class));

        assertThat(page.data()).extracting(Entitlement::id).containsExactly("e1", "e2");
        assertThat(page.data().get(0).subscriptionItem()).isNull();
        assertThat(page.data().get(0).validFrom()).isNull();
        assertThat(page.data().get(0).status()).isEqualTo(EntitlementStatus.ACTIVE);
        assertThat(page.data().get(1).validFrom()).isNotNull();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue(json,
                mapper.getTypeFactory().constructParametricType(FynnPage.class, Entitlement.class)))
                .as("without the tolerance the whole page is lost").isInstanceOf(Exception.class);
    }

    @Test
    void customerDisplayNamePrefersCompanyThenPersonAndAddsTheNumber() {
        assertThat(CustomerNames.displayName("Acme Inc.", "John", "Doe", "C-1", "id")).isEqualTo("Acme Inc. (C-1)");
        assertThat(CustomerNames.displayName(" ", "John", "Doe", "C-1", "id")).isEqualTo("John Doe (C-1)");
        assertThat(CustomerNames.displayName(null, null, "Doe", null, "id")).isEqualTo("Doe");
        assertThat(CustomerNames.displayName(null, null, null, "C-1", "id")).isEqualTo("C-1");
        assertThat(CustomerNames.displayName(null, null, null, null, null)).isEqualTo("—");
    }

    private Feature feature(String type, String config, String unit) throws Exception {
        return mapper.readValue("{\"id\":\"f\",\"type\":\"" + type + "\",\"config\":" + config + ",\"unit\":"
                + (unit == null ? "null" : "\"" + unit + "\"") + "}", Feature.class);
    }
}
