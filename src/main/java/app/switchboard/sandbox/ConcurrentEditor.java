package app.switchboard.sandbox;

import app.switchboard.sandbox.FynnModel.Entitlement;
import app.switchboard.sandbox.FynnModel.Item;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Someone else working in the same accounts: switches random entitlements and entity features
 * behind the client's back, so stale views and lost updates can be provoked on purpose.
 */
public final class ConcurrentEditor {
    /** One change made: which API, which object, and its new switch position. */
    public record Change(String api, String id, String what, boolean enabled) {
    }

    private final DerStore der;
    private final FynnStore fynn;
    private final Clock clock;
    private final List<DerEntity> switchable;
    private final SplittableRandom random;

    ConcurrentEditor(DerStore der, FynnStore fynn, Clock clock, long seed) {
        this.der = der;
        this.fynn = fynn;
        this.clock = clock;
        this.switchable = der.eligibleForCapture();
        this.random = new SplittableRandom(seed ^ 0xED170L);
    }

    /** Makes {@code count} changes, about two thirds to entitlements and one third to entity features. */
    public synchronized List<Change> edit(int count) {
        List<Change> changes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(3) < 2 || switchable.isEmpty()) {
                flipEntitlement(changes);
            } else {
                DerEntity entity = switchable.get(random.nextInt(switchable.size()));
                boolean on = !der.capture(entity.id()).enabled();
                der.setCapture(entity.id(), on, clock.instant());
                changes.add(new Change("der", entity.id().toString(), ChargeCapture.FEATURE, on));
            }
        }
        return changes;
    }

    private void flipEntitlement(List<Change> changes) {
        List<Item> items = fynn.items();
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Entitlement> entitlements = fynn.entitlementsOfItem(items.get(random.nextInt(items.size())).id());
            if (!entitlements.isEmpty()) {
                Entitlement e = entitlements.get(random.nextInt(entitlements.size()));
                fynn.setEnabled(e.id(), !e.enabled());
                changes.add(new Change("fynn", e.id(), e.featureId(), !e.enabled()));
                return;
            }
        }
    }
}
