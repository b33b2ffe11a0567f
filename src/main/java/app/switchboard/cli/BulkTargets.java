package app.switchboard.cli;

import app.switchboard.audit.Api;
import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.client.Ids;
import app.switchboard.client.PagingStop;
import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.Subscription;
import app.switchboard.ops.Availability;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.FynnEntitlementGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the current state of every switch a bulk file names, once per entity or subscription,
 * and turns each line into a {@link BulkCandidate}. A target the server cannot find becomes
 * "not eligible" with the reason; any other failure (network, credentials) stops the run.
 */
final class BulkTargets {
    private record DerState(Entity entity, List<EntityFeatureStatus> features) {
    }

    private record FynnState(Subscription subscription, List<Entitlement> entitlements) {
    }

    private final EnvironmentConnection connection;
    private final Map<String, Optional<DerState>> entities = new HashMap<>();
    private final Map<String, Optional<FynnState>> subscriptions = new HashMap<>();

    private final List<PagingStop> stops = new ArrayList<>();
    private Boolean listOffered;

    BulkTargets(EnvironmentConnection connection) {
        this.connection = connection;
    }

    /** The listings read for the plan that ended before the server said they were complete. */
    List<PagingStop> stops() {
        return List.copyOf(stops);
    }

    BulkCandidate candidate(BulkFile.Line line) {
        Environment env = connection.environment();
        if (line.api() == Api.DER_CONNECT) {
            Optional<DerState> state = entities.computeIfAbsent(line.targetId(), this::readEntity);
            if (state.isEmpty()) {
                return notFound(new ChangeTarget(env, Api.DER_CONNECT, line.targetId(), line.item(), null),
                        "DER Connect has no entity " + line.targetId());
            }
            Entity e = state.get().entity();
            // without the entity read only the id is known; without the feature read the state is unknown
            ChangeTarget target = e == null ? ChangeTarget.derFeature(env, line.targetId(), line.item(), null, null, null)
                    : ChangeTarget.derFeature(env, e.id(), line.item(), e.name(),
                    e.type() == null ? null : e.type().value(), e.identifier());
            List<EntityFeatureStatus> features = state.get().features();
            return BulkCandidate.eligible(target, features == null ? null
                    : DerFeatureGateway.stateOf(features, line.item()).on());
        }
        Optional<FynnState> state = subscriptions.computeIfAbsent(line.targetId(), this::readSubscription);
        if (state.isEmpty()) {
            return notFound(new ChangeTarget(env, Api.FYNN, line.targetId(), line.item(), null),
                    "Fynn has no subscription " + line.targetId());
        }
        Subscription s = state.get().subscription();
        List<Entitlement> listed = state.get().entitlements();
        Optional<Entitlement> entitlement = listed.stream().filter(e -> e != null && line.item().equals(e.id())).findFirst();
        String customer = s.customer() == null || s.customer().isIdOnly() ? null : s.customer().displayName();
        ChangeTarget target = ChangeTarget.fynnEntitlement(env, s.id() == null ? line.targetId() : s.id(), line.item(),
                customer, null, s.number(), entitlement.map(e -> e.feature() == null ? null : e.feature().name()).orElse(null));
        // listed twice with different contents: the state is unknown, never taken from either copy
        boolean contradicted = Ids.contradictedIn(listed).contains(line.item());
        Optional<PagingStop> stop = PagingStop.of(listed);
        return entitlement.map(e -> BulkCandidate.eligible(target, contradicted ? null : FynnEntitlementGateway.onOf(e)))
                .orElseGet(() -> notFound(target, stop.isPresent()
                        ? "entitlement " + line.item() + " was not among those Fynn listed before the listing stopped"
                        : "subscription " + line.targetId() + " has no entitlement " + line.item()));
    }

    /**
     * The entity and its features, each null where the server does not offer that read (both are
     * inferred, not documented). A 404 to both means "no such entity" only where the server offers
     * the entity list; elsewhere it says nothing, and the documented write's answer decides.
     */
    private Optional<DerState> readEntity(String id) {
        Entity entity = unlessNotOffered(() -> connection.der().entity(id));
        List<EntityFeatureStatus> features = unlessNotOffered(() -> connection.der().features(id));
        if (entity == null && features == null && inferredReadsOffered()) {
            return Optional.empty();
        }
        return Optional.of(new DerState(entity, features));
    }

    private static <T> T unlessNotOffered(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (ApiException e) {
            if (Availability.ofStatus(e.status()) == Availability.NOT_OFFERED) {
                return null;
            }
            throw e;
        }
    }

    /** Whether this server offers the entity list, asked once per run: then a 404 on an entity is its absence. */
    private boolean inferredReadsOffered() {
        if (listOffered == null) {
            try {
                connection.der().entitiesPage(null, 1);
                listOffered = true;
            } catch (ApiException e) {
                listOffered = Availability.ofStatus(e.status()) != Availability.NOT_OFFERED;
            }
        }
        return listOffered;
    }

    private Optional<FynnState> readSubscription(String id) {
        try {
            FynnState state = new FynnState(connection.fynn().subscription(id), connection.fynn().entitlements(id, null, true));
            PagingStop.of(state.entitlements()).ifPresent(stops::add);
            return Optional.of(state);
        } catch (ApiException e) {
            return absentIfNotFound(e);
        }
    }

    private static <T> Optional<T> absentIfNotFound(ApiException e) {
        if (e.kind() == ApiErrorKind.NOT_FOUND) {
            return Optional.empty();
        }
        throw e;
    }

    private static BulkCandidate notFound(ChangeTarget target, String why) {
        return new BulkCandidate(target, false, why);
    }
}
