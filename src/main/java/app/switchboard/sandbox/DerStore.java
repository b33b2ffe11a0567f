package app.switchboard.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DER Connect's state. The entity list never changes after seeding (entities are onboarded
 * elsewhere), so paging by position is stable; feature states change atomically per entity.
 */
public final class DerStore {
    private final List<DerEntity> entities;
    private final Map<UUID, DerEntity> byId;
    private final ConcurrentHashMap<UUID, ChargeCapture> captures;

    DerStore(DerSeed.Seeded seeded) {
        this.entities = Collections.unmodifiableList(new ArrayList<>(seeded.entities()));
        Map<UUID, DerEntity> index = new HashMap<>(entities.size() * 2);
        for (DerEntity entity : entities) {
            index.put(entity.id(), entity);
        }
        this.byId = Collections.unmodifiableMap(index);
        this.captures = new ConcurrentHashMap<>(seeded.captures());
    }

    /** All entities in list order. */
    public List<DerEntity> entities() {
        return entities;
    }

    public Optional<DerEntity> entity(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public ChargeCapture capture(UUID id) {
        return captures.getOrDefault(id, ChargeCapture.OFF);
    }

    /** Switches charge-session capture without any business rule: the concurrent editor and tests use it. */
    public ChargeCapture setCapture(UUID id, boolean enabled, Instant at) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("no entity " + id);
        }
        return captures.compute(id, (key, old) -> {
            ChargeCapture current = old == null ? ChargeCapture.OFF : old;
            return enabled ? current.switchedOn(at) : current.switchedOff(at);
        });
    }

    /** Entities that may have charge-session capture switched on. */
    List<DerEntity> eligibleForCapture() {
        List<DerEntity> eligible = new ArrayList<>();
        for (DerEntity entity : entities) {
            if (entity.canCaptureChargeSessions() && !entity.lacksBatteryCapacity()
                    && !DerSeed.UNSUPPORTED_BRAND.equals(entity.brand())) {
                eligible.add(entity);
            }
        }
        return eligible;
    }
}
