package app.switchboard.sandbox;

import java.util.ArrayList;
import java.util.List;

/** Grows the sandbox's data for the performance harness: many entitlements on one subscription. */
public final class BenchEntitlements {
    private BenchEntitlements() {
    }

    /**
     * Grows the subscription of an open-ended entitlement to {@code total} entitlements with copies of
     * that entitlement (new ids, same feature, value and window), and returns the subscription's id.
     */
    public static String growOneSubscription(Sandbox sandbox, int total) {
        FynnStore store = sandbox.fynnStore();
        FynnModel.Entitlement model = store.allEntitlements().stream()
                .filter(e -> e.validUntil() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("the seed has no open-ended entitlement"));
        String subscriptionId = store.item(model.itemId()).orElseThrow().subscriptionId();
        int count = total - store.entitlementsOfSubscription(store.subscription(subscriptionId).orElseThrow()).size();
        List<FynnModel.Entitlement> added = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            added.add(store.add(new FynnModel.Entitlement("bench-" + i + "-" + model.id(), model.itemId(),
                    model.featureId(), model.value(), model.validFrom(), null, i % 2 == 0)));
        }
        return subscriptionId;
    }
}
