package app.switchboard.capabilities;

import app.switchboard.client.ApiException;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityPage;
import app.switchboard.ops.Availability;
import app.switchboard.ops.InferredRead;
import app.switchboard.ops.OfferedReads;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tries each inferred DER Connect read with a harmless request (one entity of the list; that
 * entity, or an id that cannot exist, read alone and for its features) and records what the
 * answers say. Nothing is written. Blocking; run it in the background.
 *
 * <p>With a real entity id a 404 means the operation is missing. With the made-up id a 404 can
 * also mean "no such entity"; the probe then counts it as not offered, and a later successful
 * call on a real entity corrects the record.
 */
public final class CapabilityProbe {
    private final OfferedReads record;

    public CapabilityProbe(OfferedReads record) {
        this.record = record;
    }

    /** @param knownId an entity id this environment is known to have (e.g. from the activity log), or null */
    public Map<InferredRead, Availability> probe(String environment, DerConnectApi der, String knownId) {
        Map<InferredRead, Availability> found = new EnumMap<>(InferredRead.class);
        String id = knownId;
        try {
            EntityPage page = der.entitiesPage(null, 1);
            found.put(InferredRead.ENTITY_LIST, Availability.AVAILABLE);
            if (id == null && page.data() != null && !page.data().isEmpty() && page.data().get(0) != null) {
                id = page.data().get(0).id();
            }
        } catch (ApiException e) {
            if (e.status() == 0) {
                // no answer at all (sign-in, network): nothing can be said about the reads
                return found;
            }
            found.put(InferredRead.ENTITY_LIST, Availability.ofStatus(e.status()));
        }
        String probeId = Optional.ofNullable(id).orElse(UUID.randomUUID().toString());
        found.put(InferredRead.ENTITY, statusOf(() -> der.entity(probeId)));
        found.put(InferredRead.FEATURES, statusOf(() -> der.features(probeId)));
        found.forEach((read, availability) -> record.observed(environment, read, availability));
        return found;
    }

    private static Availability statusOf(Runnable call) {
        try {
            call.run();
            return Availability.AVAILABLE;
        } catch (ApiException e) {
            return e.status() == 0 ? Availability.UNKNOWN : Availability.ofStatus(e.status());
        }
    }
}
