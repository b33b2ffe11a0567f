package app.switchboard.ui.entities;

import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The platform features the console knows, with the entity types each applies to, so the panel
 * can explain up front that a feature does not fit an entity instead of letting the server refuse.
 * A feature the server lists that is not known here is shown and assumed to apply.
 */
public record KnownFeature(String name, Set<EntityType> appliesTo) {
    public static final KnownFeature CAPTURE_CHARGE_SESSIONS = new KnownFeature(
            DerConnectApi.CAPTURE_CHARGE_SESSIONS, Set.of(EntityType.EV, EntityType.CHARGE_POINT));
    public static final List<KnownFeature> ALL = List.of(CAPTURE_CHARGE_SESSIONS);

    public static Optional<KnownFeature> named(String name) {
        return ALL.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean appliesTo(EntityType type) {
        return appliesTo.contains(type);
    }
}
