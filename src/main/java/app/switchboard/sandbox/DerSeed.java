package app.switchboard.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/** Generates DER Connect entities and their initial charge-session capture, relative to "now". */
final class DerSeed {
    /** The one manufacturer whose vehicles the platform cannot capture charge sessions for. */
    static final String UNSUPPORTED_BRAND = "Aiways";

    private record Brand(String name, String prefix, String[] models) {
    }

    private static final Map<String, Integer> TYPES_PER_250 = typeCounts();
    private static final Brand[] EV_BRANDS = {
        new Brand("Tesla", "5YJ", new String[] {"Model 3", "Model Y"}),
        new Brand("Volkswagen", "WVW", new String[] {"ID.3", "ID.4", "ID.Buzz"}),
        new Brand("BMW", "WBA", new String[] {"i4", "iX3"}),
        new Brand("Renault", "VF1", new String[] {"Zoé", "Mégane E-Tech"}),
        new Brand("Hyundai", "KMH", new String[] {"Ioniq 5", "Kona Electric"}),
        new Brand("Kia", "KNA", new String[] {"EV6", "Niro EV"}),
        new Brand("Polestar", "LPS", new String[] {"Polestar 2"}),
        new Brand(UNSUPPORTED_BRAND, "LA9", new String[] {"U5"}),
    };
    private static final Map<String, Brand[]> DEVICE_BRANDS = Map.of(
            "ChargePoint", new Brand[] {new Brand("Wallbox", "WB-PULSAR-", new String[] {"Pulsar Plus"}),
                new Brand("Alfen", "ACE-", new String[] {"Eve Single"}), new Brand("Easee", "EH", new String[] {"Home"}),
                new Brand("ABB", "TAC-", new String[] {"Terra AC"}), new Brand("Zaptec", "ZAP", new String[] {"Go"})},
            "Battery", new Brand[] {new Brand("Tesla", "PW-", new String[] {"Powerwall 2"}),
                new Brand("BYD", "BYD-HVS-", new String[] {"HVS 10.2"}), new Brand("sonnen", "SB-", new String[] {"sonnenBatterie 10"})},
            "HeatPump", new Brand[] {new Brand("Vaillant", "VWL-", new String[] {"aroTHERM plus"}),
                new Brand("Daikin", "EBLA-", new String[] {"Altherma 3"}), new Brand("Viessmann", "VIT-", new String[] {"Vitocal 250-A"})},
            "SolarPlant", new Brand[] {new Brand("SMA", "PV-", new String[] {"Sunny Portal plant"}),
                new Brand("Fronius", "SOL-", new String[] {"Solar.web plant"})},
            "Inverter", new Brand[] {new Brand("SMA", "SN", new String[] {"Sunny Tripower"}),
                new Brand("Fronius", "FR", new String[] {"Symo GEN24"}), new Brand("Huawei", "HW", new String[] {"SUN2000"})},
            "Meter", new Brand[] {new Brand("Landis+Gyr", "LG", new String[] {"E360"}),
                new Brand("Sagemcom", "SGM", new String[] {"Siconia"})},
            "RetrofitMeter", new Brand[] {new Brand("Smappee", "SMP", new String[] {"Infinity"}),
                new Brand("HomeWizard", "HWE-P1-", new String[] {"P1 meter"})});
    private static final String[] PLACES = {"Bruxelles", "Liège", "Namur", "Gent", "Antwerpen", "Leuven", "Köln",
        "Düsseldorf", "Aachen", "Mons", "Brugge", "Genk"};
    private static final String VIN_CHARS = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private DerSeed() {
    }

    record Seeded(List<DerEntity> entities, Map<UUID, ChargeCapture> captures) {
    }

    static Seeded generate(long seed, int scale, Instant now) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xDE4C0AA1L);
        List<String> types = new ArrayList<>();
        TYPES_PER_250.forEach((type, count) -> {
            for (int i = 0; i < count * scale; i++) {
                types.add(type);
            }
        });
        for (int i = types.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            types.set(j, types.set(i, types.get(j)));
        }
        List<DerEntity> entities = new ArrayList<>(types.size());
        Map<UUID, ChargeCapture> captures = new LinkedHashMap<>();
        List<UUID> plants = new ArrayList<>();
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String type : types) {
            int number = numbers.merge(type, 1, Integer::sum);
            DerEntity entity = entity(random, type, number, now, plants);
            if ("SolarPlant".equals(type)) {
                plants.add(entity.id());
            }
            entities.add(entity);
            captures.put(entity.id(), initialCapture(random, entity, now));
        }
        return new Seeded(entities, captures);
    }

    private static DerEntity entity(SplittableRandom random, String type, int number, Instant now, List<UUID> plants) {
        UUID id = SeedIds.uuid(random);
        Instant created = now.minus(Duration.ofMinutes(30L * 24 * 60 + random.nextInt(670 * 24 * 60)))
                .truncatedTo(ChronoUnit.SECONDS);
        boolean neverSeen = random.nextInt(100) < 3;
        boolean online = !neverSeen && random.nextInt(100) < 85;
        Instant lastSeen = neverSeen ? null : online
                ? now.minusSeconds(random.nextInt(2 * 3600)).truncatedTo(ChronoUnit.SECONDS)
                : now.minus(Duration.ofMinutes(24 * 60 + random.nextInt(41 * 24 * 60))).truncatedTo(ChronoUnit.SECONDS);
        String place = PLACES[random.nextInt(PLACES.length)];
        Map<String, Object> properties = new LinkedHashMap<>();
        Brand brand;
        String identifier;
        String name;
        UUID parent = null;
        if (DerEntity.EV.equals(type)) {
            brand = EV_BRANDS[random.nextInt(EV_BRANDS.length)];
            String model = brand.models[random.nextInt(brand.models.length)];
            identifier = vin(random, brand.prefix);
            name = "Fleet car " + number + " (" + model + ")";
            properties.put("model", model);
            properties.put("batteryCapacityKwh", random.nextInt(100) < 12 ? null : 40 + random.nextInt(60) + 0.5);
            properties.put("costCentre", "FLEET-" + place.substring(0, 3).toUpperCase(Locale.ROOT) + "-0" + (1 + random.nextInt(4)));
        } else {
            Brand[] brands = DEVICE_BRANDS.get(type);
            brand = brands[random.nextInt(brands.length)];
            identifier = brand.prefix + (100000 + random.nextInt(900000));
            name = deviceName(type, number, place);
            properties.put("model", brand.models[0]);
            properties.put("site", place);
            if ("Inverter".equals(type) && !plants.isEmpty()) {
                parent = plants.get(random.nextInt(plants.size()));
            }
            if (random.nextInt(10) == 0) {
                properties = null;
            }
        }
        return new DerEntity(id, type, brand.name, identifier, created, name, parent, online, properties, lastSeen);
    }

    private static String deviceName(String type, int number, String place) {
        switch (type) {
            case "ChargePoint": return "Depot charger " + (char) ('A' + number % 8) + number + " – " + place;
            case "Battery": return "Home battery " + number + " – " + place;
            case "HeatPump": return "Heat pump " + place + " " + number;
            case "SolarPlant": return "Rooftop PV " + place + " " + number;
            case "Inverter": return "Inverter " + number + " (" + place + ")";
            case "Meter": return "Grid meter " + place + " " + number;
            default: return "Retrofit meter " + number + " – " + place;
        }
    }

    private static String vin(SplittableRandom random, String wmi) {
        StringBuilder vin = new StringBuilder(wmi);
        while (vin.length() < 17) {
            vin.append(VIN_CHARS.charAt(random.nextInt(VIN_CHARS.length())));
        }
        return vin.toString();
    }

    private static ChargeCapture initialCapture(SplittableRandom random, DerEntity entity, Instant now) {
        boolean eligible = entity.canCaptureChargeSessions() && !entity.lacksBatteryCapacity()
                && !UNSUPPORTED_BRAND.equals(entity.brand());
        if (eligible && random.nextInt(100) < 40) {
            Instant since = now.minus(Duration.ofHours(3 * 24 + random.nextInt(57 * 24))).truncatedTo(ChronoUnit.HOURS);
            return ChargeCapture.OFF.switchedOn(since);
        }
        return ChargeCapture.OFF;
    }

    private static Map<String, Integer> typeCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("EV", 75);
        counts.put("ChargePoint", 60);
        counts.put("Battery", 25);
        counts.put("HeatPump", 20);
        counts.put("SolarPlant", 20);
        counts.put("Inverter", 18);
        counts.put("Meter", 16);
        counts.put("RetrofitMeter", 16);
        return counts;
    }
}
