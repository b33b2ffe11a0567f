package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Customer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Item;
import app.switchboard.sandbox.FynnModel.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Generates Fynn customers, subscriptions, items and entitlements, relative to "now". */
final class FynnSeed {
    static final int CUSTOMERS_PER_SCALE = 260;
    static final int SUBSCRIPTIONS_PER_SCALE = 420;
    static final int ENTITLEMENTS_PER_SCALE = 3300;

    private static final String[] SUBSCRIPTION_STATUSES = {"active", "active", "active", "active", "active", "active",
        "active", "active", "active", "active", "active", "active", "active", "paused", "cancelled", "cancelled",
        "terminated", "draft", "offer", "offer"};
    private static final String[][] PLANS = {{"fleet-basic", "Fleet Basic"}, {"fleet-pro", "Fleet Pro"},
        {"charge-hub-s", "Charge Hub S"}, {"charge-hub-m", "Charge Hub M"}, {"energy-insights", "Energy Insights"}};
    private static final String[] ADDONS = {"Extra users", "Premium support", "Additional sites", "Data export pack"};

    record Seeded(List<Feature> features, List<Customer> customers, List<Subscription> subscriptions, List<Item> items,
                  List<Entitlement> entitlements) {
    }

    private FynnSeed() {
    }

    static Seeded generate(long seed, int scale, Instant now) {
        SplittableRandom random = new SplittableRandom(seed ^ 0xF1A4E5L);
        List<Feature> features = FynnCatalogue.features();
        List<Feature> assignable = features.stream().filter(f -> !"draft".equals(f.status())).toList();
        List<Customer> customers = new ArrayList<>(CUSTOMERS_PER_SCALE * scale);
        for (int i = 0; i < CUSTOMERS_PER_SCALE * scale; i++) {
            customers.add(customer(random, i + 1, now));
        }
        int subscriptionCount = SUBSCRIPTIONS_PER_SCALE * scale;
        int[] entitlementCounts = entitlementCounts(random, subscriptionCount, ENTITLEMENTS_PER_SCALE * scale, assignable.size());
        List<Subscription> subscriptions = new ArrayList<>(subscriptionCount);
        List<Item> items = new ArrayList<>(subscriptionCount * 2);
        List<Entitlement> entitlements = new ArrayList<>(ENTITLEMENTS_PER_SCALE * scale);
        for (int i = 0; i < subscriptionCount; i++) {
            // the first pass gives every customer a subscription; the rest go to random customers
            Customer customer = i < customers.size() ? customers.get(i) : customers.get(random.nextInt(customers.size()));
            String status = SeedNames.pick(SUBSCRIPTION_STATUSES, random);
            String subscriptionId = SeedIds.uuid(random).toString();
            Instant created = customer.createdAt().plus(Duration.ofHours(random.nextInt(24 * 60)));
            Instant activated = "draft".equals(status) || "offer".equals(status) ? null : created.plus(Duration.ofDays(random.nextInt(5)));
            Instant contractEnd = "cancelled".equals(status) || "terminated".equals(status)
                    ? now.plus(Duration.ofDays(random.nextInt(120) - 60)).truncatedTo(ChronoUnit.DAYS) : null;
            int itemCount = 1 + random.nextInt(3);
            List<Item> subscriptionItems = new ArrayList<>(itemCount);
            for (int k = 0; k < itemCount; k++) {
                subscriptionItems.add(item(random, subscriptionId, k, itemStatus(status), activated));
            }
            items.addAll(subscriptionItems);
            List<Feature> chosen = new ArrayList<>(assignable);
            for (int k = 0; k < entitlementCounts[i]; k++) {
                Feature feature = chosen.remove(random.nextInt(chosen.size()));
                Item item = subscriptionItems.get(k % itemCount);
                entitlements.add(entitlement(random, item.id(), feature, now));
            }
            Instant trialEnds = random.nextInt(10) == 0 && activated != null ? activated.plus(Duration.ofDays(14)) : null;
            subscriptions.add(new Subscription(subscriptionId, "S-" + zeroPadded(i + 1, 8), status, customer.id(),
                    subscriptionItems.stream().map(Item::id).toList(), created, activated, trialEnds, activated, contractEnd));
        }
        return new Seeded(features, customers, subscriptions, items, entitlements);
    }

    /** Between 4 and 12 per subscription, topped up so the total reaches {@code target}. */
    private static int[] entitlementCounts(SplittableRandom random, int subscriptions, int target, int maxPerSubscription) {
        int[] counts = new int[subscriptions];
        int total = 0;
        for (int i = 0; i < subscriptions; i++) {
            counts[i] = 4 + random.nextInt(9);
            total += counts[i];
        }
        while (total < target) {
            int i = random.nextInt(subscriptions);
            if (counts[i] < maxPerSubscription) {
                counts[i]++;
                total++;
            }
        }
        return counts;
    }

    private static Customer customer(SplittableRandom random, int number, Instant now) {
        boolean company = random.nextInt(100) < 60;
        String first = company && random.nextBoolean() ? null : SeedNames.pick(SeedNames.FIRST_NAMES, random);
        String last = first == null ? null : SeedNames.pick(SeedNames.LAST_NAMES, random);
        String companyName = company ? SeedNames.pick(SeedNames.COMPANY_STEMS, random) + " "
                + SeedNames.pick(SeedNames.COMPANY_FORMS, random) : null;
        String[] city = SeedNames.CITIES[random.nextInt(SeedNames.CITIES.length)];
        String email = company
                ? (first != null ? SeedNames.emailLocalPart(first + " " + last) : "info") + "@"
                        + SeedNames.emailLocalPart(companyName).replace(".", "-") + "." + city[2].toLowerCase(Locale.ROOT)
                : SeedNames.emailLocalPart(first + " " + last) + "@" + SeedNames.pick(SeedNames.MAIL_PROVIDERS, random);
        String vatId = company ? city[2] + (100000000 + random.nextInt(900000000)) : null;
        Instant created = now.minus(Duration.ofHours(24L * 60 + random.nextInt(24 * 900))).truncatedTo(ChronoUnit.SECONDS);
        String status = random.nextInt(40) == 0 ? "STATUS_SUSPENDED" : "STATUS_ACTIVE";
        return new Customer(SeedIds.uuid(random).toString(), "CUS-" + zeroPadded(number, 6), first, last,
                companyName, city[2], city[3], city[0], city[1], SeedNames.pick(SeedNames.STREETS, random),
                String.valueOf(1 + random.nextInt(180)), email, vatId, created, status);
    }

    private static Item item(SplittableRandom random, String subscriptionId, int index, String status, Instant activated) {
        if (index == 0) {
            String[] plan = PLANS[random.nextInt(PLANS.length)];
            return new Item(SeedIds.ulid(random), plan[1], "Base plan " + plan[1], null, status, "plan-product",
                    subscriptionId, activated, plan[0], plan[1]);
        }
        String addon = SeedNames.pick(ADDONS, random);
        return new Item(SeedIds.ulid(random), addon, null, random.nextInt(4) == 0 ? "Agreed in the 2024 renewal." : null,
                status, "addon", subscriptionId, activated, null, null);
    }

    private static String zeroPadded(int number, int width) {
        String digits = Integer.toString(number);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static String itemStatus(String subscriptionStatus) {
        switch (subscriptionStatus) {
            case "cancelled": return "canceled";
            case "terminated": return "terminated";
            case "draft":
            case "offer": return "pending";
            default: return "active";
        }
    }

    /** Spreads validity windows so every status, and the ones near a boundary, appear. */
    private static Entitlement entitlement(SplittableRandom random, String itemId, Feature feature, Instant now) {
        Instant day = now.truncatedTo(ChronoUnit.HOURS);
        int draw = random.nextInt(100);
        Instant from = day.minus(Duration.ofDays(30 + random.nextInt(700)));
        Instant until = random.nextInt(3) == 0 ? day.plus(Duration.ofDays(60 + random.nextInt(600))) : null;
        boolean enabled = true;
        if (draw < 9) {
            until = day.plus(Duration.ofHours(12 + random.nextInt(29 * 24)));
        } else if (draw < 16) {
            from = day.plus(Duration.ofHours(6 + random.nextInt(14 * 24)));
            enabled = random.nextInt(6) != 0;
        } else if (draw < 20) {
            from = day.plus(Duration.ofDays(20 + random.nextInt(100)));
        } else if (draw < 33) {
            enabled = false;
        } else if (draw < 48) {
            until = day.minus(Duration.ofHours(1 + random.nextInt(300 * 24)));
            enabled = random.nextInt(5) != 0;
        }
        if (until != null && !until.isAfter(from)) {
            from = until.minus(Duration.ofDays(30 + random.nextInt(300)));
        }
        return new Entitlement(SeedIds.uuid(random).toString(), itemId, feature.id(), FeatureValues.random(feature, random),
                from, until, enabled);
    }
}
