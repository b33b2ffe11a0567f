package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Customer;
import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Feature;
import app.switchboard.sandbox.FynnModel.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of what the sandbox holds right now, per type and status, for reports, the admin
 * endpoint and the seed tests.
 */
public record SandboxStats(Map<String, Integer> entitiesByType, int entitiesOffline, int entitiesWithCapture,
                           Map<String, Integer> subscriptionsByStatus, int customers, int companyCustomers,
                           Map<String, Integer> featuresByType, Map<String, Integer> featuresByStatus,
                           Map<String, Integer> entitlementsByStatus, int expiringWithin30Days,
                           int pendingWithin14Days, int disabledInsideWindow) {

    static SandboxStats of(DerStore der, FynnStore fynn, Instant now) {
        Map<String, Integer> types = new TreeMap<>();
        int offline = 0;
        int capturing = 0;
        for (DerEntity entity : der.entities()) {
            types.merge(entity.type(), 1, Integer::sum);
            offline += entity.isOnline() ? 0 : 1;
            capturing += der.capture(entity.id()).enabled() ? 1 : 0;
        }
        Map<String, Integer> subscriptionStatuses = new TreeMap<>();
        for (Subscription subscription : fynn.subscriptions()) {
            subscriptionStatuses.merge(subscription.status(), 1, Integer::sum);
        }
        int companies = (int) fynn.customers().stream().filter(Customer::business).count();
        Map<String, Integer> featureTypes = new TreeMap<>();
        Map<String, Integer> featureStatuses = new TreeMap<>();
        for (Feature feature : fynn.features()) {
            featureTypes.merge(feature.type(), 1, Integer::sum);
            featureStatuses.merge(feature.status(), 1, Integer::sum);
        }
        Map<String, Integer> statuses = new TreeMap<>();
        int expiringSoon = 0;
        int pendingSoon = 0;
        int disabledInWindow = 0;
        Instant in30Days = now.plus(Duration.ofDays(30));
        Instant in14Days = now.plus(Duration.ofDays(14));
        for (Entitlement e : fynn.allEntitlements()) {
            String status = e.status(now);
            statuses.merge(status, 1, Integer::sum);
            if ("active".equals(status) && e.validUntil() != null && e.validUntil().isBefore(in30Days)) {
                expiringSoon++;
            }
            if ("pending".equals(status) && e.validFrom().isBefore(in14Days)) {
                pendingSoon++;
            }
            boolean insideWindow = (e.validFrom() == null || !e.validFrom().isAfter(now))
                    && (e.validUntil() == null || e.validUntil().isAfter(now));
            if ("disabled".equals(status) && insideWindow) {
                disabledInWindow++;
            }
        }
        return new SandboxStats(types, offline, capturing, subscriptionStatuses, fynn.customers().size(), companies,
                featureTypes, featureStatuses, statuses, expiringSoon, pendingSoon, disabledInWindow);
    }

    public int entities() {
        return entitiesByType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int subscriptions() {
        return subscriptionsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int entitlements() {
        return entitlementsByStatus.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int features() {
        return featuresByType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
