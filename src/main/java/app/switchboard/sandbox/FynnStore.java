package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Customer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Item;
import app.switchboard.sandbox.FynnModel.Subscription;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fynn's state. Customers, subscriptions and items are fixed after seeding; entitlements and
 * feature statuses change, each atomically, and new entitlements can be added to an item.
 */
public final class FynnStore {
    private final List<String> featureOrder;
    private final ConcurrentHashMap<String, Feature> features = new ConcurrentHashMap<>();
    private final List<Customer> customers;
    private final Map<String, Customer> customersById = new HashMap<>();
    private final List<Subscription> subscriptions;
    private final Map<String, Subscription> subscriptionsById = new HashMap<>();
    private final List<Item> items;
    private final Map<String, Item> itemsById = new HashMap<>();
    /** Entitlement ids per item; each list is immutable and replaced whole when an entitlement is added. */
    private final ConcurrentHashMap<String, List<String>> entitlementIdsByItem = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Entitlement> entitlements;
    private final ConcurrentHashMap<String, String> customerSearchText = new ConcurrentHashMap<>();
    /** Entitlements whose switch the server refuses, with its reason (a rule Fynn may have; set by tests and demos). */
    private final ConcurrentHashMap<String, String> refusals = new ConcurrentHashMap<>();

    FynnStore(FynnSeed.Seeded seeded) {
        List<String> order = new ArrayList<>();
        for (Feature feature : seeded.features()) {
            order.add(feature.id());
            features.put(feature.id(), feature);
        }
        featureOrder = List.copyOf(order);
        customers = List.copyOf(seeded.customers());
        customers.forEach(c -> customersById.put(c.id(), c));
        subscriptions = List.copyOf(seeded.subscriptions());
        subscriptions.forEach(s -> subscriptionsById.put(s.id(), s));
        items = List.copyOf(seeded.items());
        Map<String, List<String>> grouped = new HashMap<>(items.size() * 2);
        for (Item item : items) {
            itemsById.put(item.id(), item);
            grouped.put(item.id(), new ArrayList<>(4));
        }
        entitlements = new ConcurrentHashMap<>(seeded.entitlements().size() * 4 / 3 + 16);
        for (Entitlement entitlement : seeded.entitlements()) {
            entitlements.put(entitlement.id(), entitlement);
            grouped.get(entitlement.itemId()).add(entitlement.id());
        }
        grouped.forEach((item, ids) -> entitlementIdsByItem.put(item, List.copyOf(ids)));
    }

    public List<Feature> features() {
        List<Feature> result = new ArrayList<>(featureOrder.size());
        featureOrder.forEach(id -> result.add(features.get(id)));
        return result;
    }

    public Optional<Feature> feature(String id) {
        return Optional.ofNullable(features.get(id));
    }

    public Feature setFeatureStatus(String id, String status) {
        Feature updated = features.computeIfPresent(id, (key, old) -> old.withStatus(status));
        if (updated == null) {
            throw new IllegalArgumentException("no feature " + id);
        }
        return updated;
    }

    public List<Customer> customers() {
        return customers;
    }

    public Optional<Customer> customer(String id) {
        return Optional.ofNullable(customersById.get(id));
    }

    /** Name, number and e-mail of a customer, folded for searching; computed on first use. */
    String searchText(Customer customer) {
        return customerSearchText.computeIfAbsent(customer.id(), id ->
                SearchText.fold(customer.displayName() + " " + customer.customerNumber() + " " + customer.email()));
    }

    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    public Optional<Subscription> subscription(String id) {
        return Optional.ofNullable(subscriptionsById.get(id));
    }

    public List<Item> items() {
        return items;
    }

    public Optional<Item> item(String id) {
        return Optional.ofNullable(itemsById.get(id));
    }

    public Optional<Entitlement> entitlement(String id) {
        return Optional.ofNullable(entitlements.get(id));
    }

    /** Every entitlement, in no particular order: for counts and tests. */
    public Collection<Entitlement> allEntitlements() {
        return Collections.unmodifiableCollection(entitlements.values());
    }

    public List<Entitlement> entitlementsOfItem(String itemId) {
        List<Entitlement> result = new ArrayList<>();
        for (String id : entitlementIdsByItem.getOrDefault(itemId, List.of())) {
            result.add(entitlements.get(id));
        }
        return result;
    }

    /** The ids of a subscription's entitlements in listing order: paging needs only its page's entitlements. */
    public List<String> entitlementIdsOfSubscription(Subscription subscription) {
        List<String> result = new ArrayList<>();
        for (String itemId : subscription.itemIds()) {
            result.addAll(entitlementIdsByItem.getOrDefault(itemId, List.of()));
        }
        return result;
    }

    public List<Entitlement> entitlementsOfSubscription(Subscription subscription) {
        List<Entitlement> result = new ArrayList<>();
        for (String itemId : subscription.itemIds()) {
            result.addAll(entitlementsOfItem(itemId));
        }
        return result;
    }

    /**
     * From now on a switch of this entitlement is refused with {@code reason}, as a 422 in the error
     * shape in force: for trying whether a refusal's words reach the operator.
     */
    public void refuseSwitching(String entitlementId, String reason) {
        refusals.put(entitlementId, reason);
    }

    Optional<String> refusal(String entitlementId) {
        return Optional.ofNullable(refusals.get(entitlementId));
    }

    /** Switches an entitlement on or off; its status follows from the switch and its window. */
    public Entitlement setEnabled(String id, boolean enabled) {
        Entitlement updated = entitlements.computeIfPresent(id, (key, old) -> old.withEnabled(enabled));
        if (updated == null) {
            throw new IllegalArgumentException("no entitlement " + id);
        }
        return updated;
    }

    Entitlement add(Entitlement entitlement) {
        if (!entitlementIdsByItem.containsKey(entitlement.itemId())) {
            throw new IllegalArgumentException("no subscription item " + entitlement.itemId());
        }
        entitlements.put(entitlement.id(), entitlement);
        entitlementIdsByItem.computeIfPresent(entitlement.itemId(), (item, ids) -> {
            List<String> next = new ArrayList<>(ids);
            next.add(entitlement.id());
            return List.copyOf(next);
        });
        return entitlement;
    }

    /** How many entitlements use a feature, and on how many distinct products (plans and add-ons). */
    record FeatureUsage(int entitlements, int products) {
    }

    FeatureUsage usage(String featureId) {
        int count = 0;
        Set<String> products = new HashSet<>();
        for (Entitlement entitlement : entitlements.values()) {
            if (featureId.equals(entitlement.featureId())) {
                count++;
                products.add(itemsById.get(entitlement.itemId()).name());
            }
        }
        return new FeatureUsage(count, products.size());
    }
}
