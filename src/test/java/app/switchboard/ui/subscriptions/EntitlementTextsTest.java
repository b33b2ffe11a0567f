package app.switchboard.ui.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureConfig;
import app.switchboard.fynn.FeatureType;
import app.switchboard.ui.common.fx.Messages;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EntitlementTextsTest {
    /** 21 Nov 2026, 10:15 in Berlin. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:15:00Z"), ZoneId.of("Europe/Berlin"));
    private final EntitlementTexts english = new EntitlementTexts(Messages.load(Locale.UK), CLOCK);
    private final EntitlementTexts german = new EntitlementTexts(Messages.load(Locale.GERMANY), CLOCK);

    @Test
    void validityWindowIsWrittenAsLocaleDates() {
        Entitlement e = entitlement("2026-03-01T00:00:00+01:00", "2027-02-28T23:00:00+01:00");

        assertThat(english.window(e)).isEqualTo("1 Mar 2026 → 28 Feb 2027");
        assertThat(german.window(e)).isEqualTo("01.03.2026 → 28.02.2027");
        assertThat(english.window(entitlement("2026-03-01T00:00:00+01:00", null))).isEqualTo("1 Mar 2026 → open-ended");
    }

    @Test
    void relativeTimeCountsFromTheClock() {
        assertThat(english.relative(entitlement("2026-01-01T00:00:00Z", "2026-12-03T12:00:00Z"))).isEqualTo("expires in 12 days");
        assertThat(english.relative(entitlement("2026-11-24T08:00:00Z", null))).isEqualTo("starts in 3 days");
        assertThat(english.relative(entitlement("2025-01-01T00:00:00Z", "2026-09-20T00:00:00Z"))).isEqualTo("expired 2 months ago");
        assertThat(english.relative(entitlement("2025-01-01T00:00:00Z", "2026-11-22T00:00:00Z"))).isEqualTo("expires in 1 day");
        assertThat(english.relative(entitlement("2025-01-01T00:00:00Z", "2029-01-01T00:00:00Z"))).isEqualTo("expires in 2 years");
        assertThat(english.relative(entitlement("2025-01-01T00:00:00Z", null))).isEqualTo("no end date");
        assertThat(english.relative(entitlement("2025-01-01T00:00:00Z", "2026-11-21T20:00:00Z"))).isEqualTo("expires today");
    }

    @Test
    void relativeTimeInGerman() {
        assertThat(german.relative(entitlement("2026-01-01T00:00:00Z", "2026-12-03T12:00:00Z"))).isEqualTo("läuft in 12 Tagen ab");
        assertThat(german.relative(entitlement("2026-11-24T08:00:00Z", null))).isEqualTo("beginnt in 3 Tagen");
        assertThat(german.relative(entitlement("2025-01-01T00:00:00Z", "2026-09-20T00:00:00Z"))).isEqualTo("vor 2 Monaten abgelaufen");
    }

    @Test
    void valuesReadAsTheirFeatureTypeMeansThem() throws Exception {
        Feature onOff = feature("switch", "[]", null);
        Feature support = feature("custom", "[{\"value\":\"premium\",\"label\":\"Premium (24/7)\"}]", null);
        Feature users = feature("quantity", "[{\"value\":\"25\",\"label\":\"25 users\"},{\"value\":\"unlimited\",\"label\":\"Unlimited\"}]", "users");
        Feature energy = feature("range", "[{\"value\":\"0\",\"label\":\"from\"},{\"value\":\"100000\",\"label\":\"to\"}]", "kWh per month");
        Feature rows = feature("range", "[{\"value\":\"1\",\"label\":\"from\"},{\"value\":\"unlimited\",\"label\":\"to\"}]", "rows");

        assertThat(english.value(valued(onOff, "true"))).isEqualTo("On");
        assertThat(german.value(valued(onOff, "false"))).isEqualTo("Aus");
        assertThat(english.value(valued(support, "premium"))).isEqualTo("Premium (24/7)");
        assertThat(english.value(valued(users, "25"))).isEqualTo("25 users");
        assertThat(english.value(valued(users, "unlimited"))).isEqualTo("Unlimited");
        assertThat(german.value(valued(users, "unlimited"))).isEqualTo("Unbegrenzt");
        assertThat(english.value(valued(energy, "25000"))).isEqualTo("25,000 kWh per month (allowed 0–100,000 kWh per month)");
        assertThat(german.value(valued(energy, "25000"))).isEqualTo("25.000 kWh per month (erlaubt 0–100.000 kWh per month)");
        assertThat(english.value(valued(rows, "5000"))).isEqualTo("5,000 rows (allowed 1 rows or more)");
    }

    @Test
    void statusesAndFeatureTypesHaveWordsAndAnUnknownOneIsShownAsSent() {
        assertThat(english.status(EntitlementStatus.PENDING)).isEqualTo("Pending");
        assertThat(german.status(EntitlementStatus.EXPIRED)).isEqualTo("Abgelaufen");
        assertThat(english.status(EntitlementStatus.of("suspended"))).isEqualTo("suspended");
        assertThat(english.featureType(feature("quantity", "[]", null))).isEqualTo("Quantity feature");
        assertThat(english.featureType(feature("meter", "[]", null))).isEqualTo("Feature of type meter");
    }

    private static Entitlement entitlement(String from, String until) {
        return new Entitlement("e1", null, null, "true", OffsetDateTime.parse(from),
                until == null ? null : OffsetDateTime.parse(until), true, EntitlementStatus.ACTIVE);
    }

    private static Entitlement valued(Feature feature, String value) {
        return new Entitlement("e1", null, feature, value, null, null, true, EntitlementStatus.ACTIVE);
    }

    private static Feature feature(String type, String config, String unit) {
        try {
            return new Feature("f", "Feature", null, null, FeatureType.of(type),
                    FeatureConfig.of(new ObjectMapper().readTree(config)), unit, null, null, null);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
