package app.switchboard.ops.review;

import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.EntitlementSubscriptionItem;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.FeatureValues;
import app.switchboard.ops.FynnEntitlementGateway;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One scanned entitlement with the customer and subscription it belongs to: a row of every review
 * queue and of the CSV export. The entitlement is kept whole so that a bulk toggle can be built from
 * the row.
 *
 * @param customer           whose subscription it is
 * @param subscriptionId     Fynn's subscription id (what "open in Subscriptions" and the change engine need)
 * @param subscriptionNumber the number people quote, e.g. {@code SUB-000123}; may be null
 * @param entitlement        the entitlement as Fynn returned it during the scan
 * @param texts              the row's words, always made from the other components (whatever is passed)
 */
public record ReviewRow(ReviewCustomer customer, String subscriptionId, String subscriptionNumber,
                        Entitlement entitlement, Texts texts) {

    public ReviewRow {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(entitlement, "entitlement");
        texts = Texts.of(customer, subscriptionId, subscriptionNumber, entitlement);
    }

    public ReviewRow(ReviewCustomer customer, String subscriptionId, String subscriptionNumber, Entitlement entitlement) {
        this(customer, subscriptionId, subscriptionNumber, entitlement, null);
    }

    /**
     * The words a review table shows and sorts by, made once per row: a sort of 100,000 rows by a
     * column reads them instead of formatting a value or a customer's name again for every row.
     * Each text also gets its rank among the same column's texts of the whole scan
     * ({@link #rank(List)}, lower-cased; missing ranks are -1), so that a sort by a column is a
     * counting sort on small numbers. Equal when their words are equal.
     */
    public static final class Texts {
        private final String[] words;
        private final int[] ranks;

        private Texts(String... words) {
            this.words = words;
            this.ranks = new int[words.length];
            Arrays.fill(ranks, -1);
        }

        static Texts of(ReviewCustomer customer, String subscriptionId, String subscriptionNumber, Entitlement entitlement) {
            EntitlementSubscriptionItem item = entitlement.subscriptionItem();
            Feature feature = entitlement.feature();
            String featureName = feature == null ? FeatureValues.NONE
                    : feature.name() != null ? feature.name() : feature.id() == null ? FeatureValues.NONE : feature.id();
            return new Texts(customer.displayName(), subscriptionNumber != null ? subscriptionNumber : subscriptionId,
                    item == null || item.name() == null ? FeatureValues.NONE : item.name(), featureName,
                    entitlement.displayValue());
        }

        public String get(Column column) {
            return words[column.ordinal()];
        }

        /** This text's rank among its column's texts in the scan, or -1 when it was not ranked. */
        public int rank(Column column) {
            return ranks[column.ordinal()];
        }

        public String customer() {
            return get(Column.CUSTOMER);
        }

        public String subscription() {
            return get(Column.SUBSCRIPTION);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Texts texts && Arrays.equals(words, texts.words);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(words);
        }

        @Override
        public String toString() {
            return Arrays.toString(words);
        }
    }

    /** The columns of {@link Texts}. */
    public enum Column { CUSTOMER, SUBSCRIPTION, ITEM, FEATURE, VALUE }

    /**
     * Ranks every column's texts over {@code rows} (case-insensitive; texts equal but for case share
     * a rank). Done once per scan, off the JavaFX thread, before the rows are shown.
     */
    static void rank(List<ReviewRow> rows) {
        if (rows.stream().allMatch(row -> row.texts.ranks[0] >= 0)) {
            return;
        }
        for (Column column : Column.values()) {
            // each distinct text is lower-cased once: a scan has far fewer texts than rows, and this
            // runs after the last answer, while no request is on the wire
            Map<String, String> lowerOf = new HashMap<>();
            for (ReviewRow row : rows) {
                String text = row.texts.get(column);
                if (text != null) {
                    lowerOf.computeIfAbsent(text, distinct -> distinct.toLowerCase(Locale.ROOT));
                }
            }
            List<String> lower = new ArrayList<>(new HashSet<>(lowerOf.values()));
            lower.sort(null);
            Map<String, Integer> rankOfLower = new HashMap<>();
            for (int rank = 0; rank < lower.size(); rank++) {
                rankOfLower.put(lower.get(rank), rank);
            }
            Map<String, Integer> rankOfText = new HashMap<>();
            lowerOf.forEach((text, key) -> rankOfText.put(text, rankOfLower.get(key)));
            for (ReviewRow row : rows) {
                String text = row.texts.get(column);
                // missing text after every text, as a sort on the text itself puts it
                row.texts.ranks[column.ordinal()] = text == null ? lower.size() : rankOfText.get(text);
            }
        }
    }

    /** The ranks of this row's texts, per {@link Column} (-1 where not ranked). */
    int[] ranks() {
        return texts.ranks.clone();
    }

    /** This row with the ranks it had when it was kept ({@link #ranks()}). */
    ReviewRow rankedAs(int[] ranks) {
        if (ranks != null && ranks.length == texts.ranks.length) {
            System.arraycopy(ranks, 0, texts.ranks, 0, ranks.length);
        }
        return this;
    }

    /** This row with the ranks of {@code old}, whose texts are the same. */
    ReviewRow rankedLike(ReviewRow old) {
        if (texts.equals(old.texts)) {
            System.arraycopy(old.texts.ranks, 0, texts.ranks, 0, texts.ranks.length);
        }
        return this;
    }

    public String entitlementId() {
        return entitlement.id();
    }

    /** The subscription item's name, or "—". */
    public String itemName() {
        return texts.get(Column.ITEM);
    }

    /** The feature's name, else its id, else "—". */
    public String featureName() {
        return texts.get(Column.FEATURE);
    }

    /** The feature's id, or null when the entitlement came without one. */
    public String featureId() {
        return entitlement.feature() == null ? null : entitlement.feature().id();
    }

    /** The value in words for its feature type ("On", "25 users", "Unlimited"). */
    public String displayValue() {
        return texts.get(Column.VALUE);
    }

    /** Start of the validity window, or null (valid since ever). */
    public Instant validFrom() {
        return instant(entitlement.validFrom());
    }

    /** End of the validity window, or null (open-ended). */
    public Instant validUntil() {
        return instant(entitlement.validUntil());
    }

    /** The status Fynn computed when the entitlement was scanned; never null ("unknown" if absent). */
    public EntitlementStatus status() {
        return entitlement.status() == null ? EntitlementStatus.of("unknown") : entitlement.status();
    }

    /** Whether Fynn's status is disabled (switched off). */
    public boolean disabled() {
        return EntitlementStatus.DISABLED.equals(entitlement.status());
    }

    /** Whether the switch is on, read the same way as the change engine reads it. */
    public boolean switchedOn() {
        return FynnEntitlementGateway.isOn(entitlement);
    }

    /** Whether {@code at} lies inside the validity window [validFrom, validUntil). */
    public boolean validAt(Instant at) {
        return validAt(validFrom(), validUntil(), at);
    }

    /** Whether {@code at} lies inside the validity window [from, until); null is open. */
    static boolean validAt(Instant from, Instant until, Instant at) {
        return (from == null || !from.isAfter(at)) && (until == null || until.isAfter(at));
    }

    /** The same row after a change: the status (and computed active flag) the server answered. */
    public ReviewRow withStatus(EntitlementStatus status) {
        Entitlement e = entitlement;
        return new ReviewRow(customer, subscriptionId, subscriptionNumber, new Entitlement(e.id(), e.subscriptionItem(),
                e.feature(), e.value(), e.validFrom(), e.validUntil(), EntitlementStatus.ACTIVE.equals(status), status));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
