package app.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seed gives enough, varied, realistic data, the same for the same seed, relative to the clock. */
class SeedDataTest {
    private static final Instant NOW = Instant.parse("2026-06-15T08:00:00Z");

    private static SandboxStats stats(long seed, int scale) {
        DerStore der = new DerStore(DerSeed.generate(seed, scale, NOW));
        FynnStore fynn = new FynnStore(FynnSeed.generate(seed, scale, NOW));
        return SandboxStats.of(der, fynn, NOW);
    }

    @Test
    void theDemoSeedHasEnoughOfEverything() {
        SandboxStats stats = stats(42, 1);
        assertThat(stats.entities()).isGreaterThanOrEqualTo(250);
        assertThat(stats.entitiesByType().keySet())
                .containsExactlyInAnyOrder("Battery", "ChargePoint", "EV", "HeatPump", "SolarPlant", "RetrofitMeter", "Meter", "Inverter");
        assertThat(stats.entitiesOffline()).isBetween(10, 100);
        assertThat(stats.entitiesWithCapture()).isPositive();
        assertThat(stats.subscriptions()).isGreaterThanOrEqualTo(400);
        assertThat(stats.customers()).isGreaterThanOrEqualTo(250);
        assertThat(stats.companyCustomers()).isBetween(stats.customers() / 3, stats.customers() * 4 / 5);
        assertThat(stats.entitlements()).isGreaterThanOrEqualTo(3000);
        assertThat(stats.features()).isGreaterThanOrEqualTo(20);
        assertThat(stats.featuresByType().keySet()).containsExactlyInAnyOrder("switch", "custom", "quantity", "range");
        assertThat(stats.featuresByStatus().keySet()).containsExactlyInAnyOrder("draft", "active", "archived");
        assertThat(stats.subscriptionsByStatus().keySet())
                .containsExactlyInAnyOrder("draft", "offer", "active", "paused", "cancelled", "terminated");
    }

    @Test
    void entitlementsCoverEveryStatusAndTheCasesNearTheirBoundaries() {
        SandboxStats stats = stats(42, 1);
        assertThat(stats.entitlementsByStatus().keySet()).containsExactlyInAnyOrder("active", "pending", "disabled", "expired");
        int total = stats.entitlements();
        assertThat(stats.entitlementsByStatus().get("active")).isGreaterThan(total / 3);
        assertThat(stats.entitlementsByStatus().get("expired")).isGreaterThan(total / 20);
        assertThat(stats.expiringWithin30Days()).isGreaterThan(total / 30);
        assertThat(stats.pendingWithin14Days()).isGreaterThan(total / 30);
        assertThat(stats.disabledInsideWindow()).isGreaterThan(total / 30);
    }

    @Test
    void entitiesLookReal() {
        List<DerEntity> entities = DerSeed.generate(42, 1, NOW).entities();
        assertThat(entities).extracting(DerEntity::id).doesNotHaveDuplicates();
        assertThat(entities.stream().filter(e -> "EV".equals(e.type())))
                .allSatisfy(e -> assertThat(e.identifier()).matches("[A-HJ-NPR-Z0-9]{17}"));
        assertThat(entities).anySatisfy(e -> assertThat(e.lacksBatteryCapacity()).isTrue());
        assertThat(entities).anySatisfy(e -> assertThat(e.brand()).isEqualTo(DerSeed.UNSUPPORTED_BRAND));
        assertThat(entities).anySatisfy(e -> assertThat(e.parentId()).isNotNull());
        Set<Long> weeksSinceSeen = entities.stream().filter(e -> e.lastSeen() != null)
                .map(e -> java.time.Duration.between(e.lastSeen(), NOW).toDays() / 7).collect(Collectors.toSet());
        assertThat(weeksSinceSeen).as("lastSeen spread over weeks").hasSizeGreaterThanOrEqualTo(5);
        assertThat(entities).allSatisfy(e -> assertThat(e.created()).isBefore(NOW));
    }

    @Test
    void customersCarryAccentsUmlautsAndNumbers() {
        List<FynnModel.Customer> customers = FynnSeed.generate(42, 1, NOW).customers();
        assertThat(customers).extracting(FynnModel.Customer::customerNumber).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("CUS-\\d{6}"));
        assertThat(customers).anySatisfy(c -> assertThat(c.displayName()).containsAnyOf("ä", "ö", "ü", "ß"));
        assertThat(customers).anySatisfy(c -> assertThat(c.displayName()).containsAnyOf("é", "è", "ç", "ë", "ï", "ô"));
        assertThat(customers).anySatisfy(c -> assertThat(c.business()).isFalse());
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        assertThat(DerSeed.generate(5, 1, NOW).entities()).isEqualTo(DerSeed.generate(5, 1, NOW).entities());
        assertThat(FynnSeed.generate(5, 1, NOW).entitlements()).isEqualTo(FynnSeed.generate(5, 1, NOW).entitlements());
        assertThat(DerSeed.generate(6, 1, NOW).entities().get(0)).isNotEqualTo(DerSeed.generate(5, 1, NOW).entities().get(0));
    }

    @Test
    void datesFollowTheConfiguredClock() {
        Instant later = NOW.plus(java.time.Duration.ofDays(400));
        FynnSeed.Seeded seeded = FynnSeed.generate(42, 1, later);
        FynnStore store = new FynnStore(seeded);
        assertThat(SandboxStats.of(new DerStore(DerSeed.generate(42, 1, later)), store, later).expiringWithin30Days()).isPositive();
        assertThat(seeded.customers()).allSatisfy(c -> assertThat(c.createdAt()).isBefore(later))
                .anySatisfy(c -> assertThat(c.createdAt()).isAfter(NOW));
    }

    @Test
    void scaleOneHundredGivesBenchmarkSizedData() {
        long start = System.nanoTime();
        SandboxStats stats = stats(42, 100);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(stats.entitlements()).isGreaterThanOrEqualTo(300_000);
        assertThat(stats.entities()).isGreaterThanOrEqualTo(25_000);
        assertThat(stats.subscriptions()).isGreaterThanOrEqualTo(40_000);
        System.out.printf("scale 100 seed generated in %d ms: %s%n", millis, stats);
    }
}
