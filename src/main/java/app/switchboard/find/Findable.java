package app.switchboard.find;

import app.switchboard.derconnect.Entity;
import app.switchboard.fynn.Customer;
import app.switchboard.fynn.Feature;
import app.switchboard.fynn.Subscription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One item that can be found: what it is, its id, how a result names it, and the values a search
 * matches (for an entity its name, identifier — a VIN or serial number — brand and id).
 *
 * @param title  the item's name as a result shows it (an entity's name, a subscription's number)
 * @param detail a second line: type and brand, customer, e-mail
 * @param keys   the values a search looks in, each with what it is
 */
public record Findable(FindKind kind, String id, String title, String detail, List<Key> keys, String folded) {
    /** A searchable value and what it is ({@code VIN}, {@code e-mail}), so a result can say where it matched. */
    public record Key(Field field, String value, String folded) {
        public Key(Field field, String value) {
            this(field, value, Matcher.fold(value));
        }
    }

    /** Which value of an item matched. */
    public enum Field {
        NAME, IDENTIFIER, BRAND, NUMBER, EMAIL, ID
    }

    public Findable {
        keys = List.copyOf(keys);
    }

    /** {@code folded}: every key's folded value in one text, so most items are passed over with one comparison. */
    public Findable(FindKind kind, String id, String title, String detail, List<Key> keys) {
        this(kind, id, title, detail, keys, String.join("\n", keys.stream().map(Key::folded).toList()));
    }

    public static Findable entity(Entity entity) {
        String type = entity.type() == null ? null : entity.type().value();
        return new Findable(FindKind.ENTITY, entity.id(), orId(entity.name(), entity.id()),
                join(type, entity.brand(), entity.identifier()),
                keys(Field.NAME, entity.name(), Field.IDENTIFIER, entity.identifier(), Field.BRAND, entity.brand(),
                        Field.ID, entity.id()));
    }

    /** @param customerName the customer's display name when known (a listing may carry only its id) */
    public static Findable subscription(Subscription subscription, String customerName) {
        return new Findable(FindKind.SUBSCRIPTION, subscription.id(), orId(subscription.number(), subscription.id()),
                join(customerName, subscription.status() == null ? null : subscription.status().value()),
                keys(Field.NUMBER, subscription.number(), Field.ID, subscription.id()));
    }

    public static Findable customer(Customer customer) {
        String email = customer.defaultEmailAddress() == null ? null : customer.defaultEmailAddress().email();
        String person = String.join(" ", Arrays.stream(new String[] {customer.firstName(), customer.lastName()})
                .filter(Objects::nonNull).toList());
        return new Findable(FindKind.CUSTOMER, customer.id(), customer.displayName(), email,
                keys(Field.NAME, customer.companyName(), Field.NAME, person, Field.NUMBER, customer.customerNumber(),
                        Field.EMAIL, email, Field.ID, customer.id()));
    }

    /** A customer as a subscription names it: its display name and number, rarely its e-mail. */
    public static Findable customer(String id, String displayName, String number, String email) {
        return new Findable(FindKind.CUSTOMER, id, orId(displayName, id), email,
                keys(Field.NAME, displayName, Field.NUMBER, number, Field.EMAIL, email, Field.ID, id));
    }

    /** The customer's number, which Fynn's subscription search matches; else its name. */
    public String customerSearch() {
        return keys.stream().filter(key -> key.field() == Field.NUMBER).map(Key::value).findFirst().orElse(title);
    }

    public static Findable feature(Feature feature) {
        return new Findable(FindKind.FEATURE, feature.id(), orId(feature.name(), feature.id()), feature.description(),
                keys(Field.NAME, feature.name(), Field.ID, feature.id()));
    }

    private static List<Key> keys(Object... fieldsAndValues) {
        List<Key> keys = new ArrayList<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] instanceof String value && !value.isBlank()) {
                keys.add(new Key((Field) fieldsAndValues[i], value));
            }
        }
        return keys;
    }

    private static String orId(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private static String join(String... parts) {
        return String.join(" · ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }
}
