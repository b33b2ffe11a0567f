package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Customer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Item;
import app.switchboard.sandbox.FynnModel.Subscription;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Fynn's JSON shapes, built from the sandbox's records. Dates are written as API Platform does. */
final class FynnJson {
    record ItemSummary(String id, String name, String description, String furtherInformation, String status,
                       String subscriptionId) {
    }

    record EntitlementJson(String id, ItemSummary subscriptionItem, Feature feature, String value, String validFrom,
                           String validUntil, boolean active, String status) {
    }

    record FeatureDetail(String id, String name, String description, String status, String type,
                         @JsonInclude(JsonInclude.Include.NON_NULL) FynnModel.Config config, String unit,
                         int productAssignmentsCount,
                         int productPriceAssignmentsCount, int entitlementsCount) {
    }

    record CustomerRef(String id, String customerNumber, String companyName, String firstName, String lastName) {
    }

    record ContractDetails(String contractStart, String contractEnd) {
    }

    record SubscriptionJson(String id, String number, String status, CustomerRef customer, List<ItemSummary> items,
                            String createdAt, String activatedAt, String trialEndsOn, ContractDetails contractDetails) {
    }

    record Plan(String id, String code, String name, String status) {
    }

    record Billing(String lastBilledAt, String lastBilledFrom, String lastBilledTo, String nextBillingAt,
                   String billingInterval) {
    }

    record ItemJson(String id, String name, String description, String furtherInformation, String status, String type,
                    String activatedAt, boolean inheritedPeriod, Object parent, Plan plan, Object pricePlan,
                    Object product, Billing billing, List<Object> measurementValues, Object currentMeasurementValue,
                    List<Object> appliedDiscounts, List<Object> periods) {
    }

    record Address(String id, String vatId, String type, String city, String zip, String street, String houseNumber,
                   String countryCode, String companyName, String firstName, String lastName) {
    }

    record Email(String id, String email, String receiverName, String type) {
    }

    record CustomerJson(String id, String customerNumber, String firstName, String lastName, String companyName,
                        boolean businessCustomer, String status, String countryCode, String currencyCode,
                        String language, String timeZone, String vatId, boolean isVatIdValid, String createdAt,
                        Map<String, Object> customFields, Address defaultAddress, Email defaultEmailAddress,
                        boolean isPartner, int childrenCount) {
    }

    private FynnJson() {
    }

    static ItemSummary summary(Item item) {
        return new ItemSummary(item.id(), item.name(), item.description(), item.furtherInformation(), item.status(),
                item.subscriptionId());
    }

    static EntitlementJson entitlement(Entitlement e, FynnStore store, Instant now) {
        String status = e.status(now);
        return new EntitlementJson(e.id(), store.item(e.itemId()).map(FynnJson::summary).orElse(null),
                store.feature(e.featureId()).orElse(null), e.value(), time(e.validFrom()), time(e.validUntil()),
                "active".equals(status), status);
    }

    /** The sandbox models no prices, so no feature has price assignments. */
    static FeatureDetail detail(Feature f, FynnStore.FeatureUsage usage) {
        return new FeatureDetail(f.id(), f.name(), f.description(), f.status(), f.type(), f.config(), f.unit(),
                usage.products(), 0, usage.entitlements());
    }

    static SubscriptionJson subscription(Subscription s, FynnStore store) {
        CustomerRef customer = store.customer(s.customerId()).map(c ->
                new CustomerRef(c.id(), c.customerNumber(), c.companyName(), c.firstName(), c.lastName())).orElse(null);
        List<ItemSummary> items = s.itemIds().stream().map(id -> summary(store.item(id).orElseThrow())).toList();
        return new SubscriptionJson(s.id(), s.number(), s.status(), customer, items, time(s.createdAt()),
                time(s.activatedAt()), time(s.trialEndsOn()), new ContractDetails(time(s.contractStart()), time(s.contractEnd())));
    }

    static ItemJson item(Item i) {
        Plan plan = i.planCode() == null ? null : new Plan(i.id() + "-plan", i.planCode(), i.planName(), "active");
        String activated = time(i.activatedAt());
        Billing billing = new Billing(activated, activated, null, null, "1M");
        return new ItemJson(i.id(), i.name(), i.description(), i.furtherInformation(), i.status(), i.type(), activated,
                true, null, plan, null, null, billing, List.of(), null, List.of(), List.of());
    }

    static CustomerJson customer(Customer c) {
        Address address = new Address(c.id() + "-a", c.vatId(), "TYPE_DEFAULT", c.city(), c.zip(), c.street(),
                c.houseNumber(), c.countryCode(), c.companyName(), c.firstName(), c.lastName());
        Email email = new Email(c.id() + "-e", c.email(), c.displayName(), c.business() ? "TYPE_COMPANY" : "TYPE_PERSONAL");
        String currency = "CH".equals(c.countryCode()) ? "CHF" : "EUR";
        String zone = switch (c.countryCode()) {
            case "BE" -> "Europe/Brussels";
            case "FR" -> "Europe/Paris";
            case "CH" -> "Europe/Zurich";
            case "NL" -> "Europe/Amsterdam";
            default -> "Europe/Berlin";
        };
        return new CustomerJson(c.id(), c.customerNumber(), c.firstName(), c.lastName(), c.companyName(), c.business(),
                c.status(), c.countryCode(), currency, c.language(), zone, c.vatId(), c.vatId() != null,
                time(c.createdAt()), Map.of(), address, email, false, 0);
    }

    static String time(Instant instant) {
        return SandboxJson.fynnTime(instant);
    }
}
