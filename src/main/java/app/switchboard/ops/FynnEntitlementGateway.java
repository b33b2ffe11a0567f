package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.audit.Api;
import app.switchboard.client.Ids;
import app.switchboard.client.PagingStop;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fynn entitlements as switches: the target is the subscription id (Fynn has no endpoint for one
 * entitlement, so the stale-write check reads the subscription's entitlements, expired ones
 * included), the item the entitlement id. The state is read off the computed status (see
 * {@link #isOn}), which travels along as the server's words.
 */
public final class FynnEntitlementGateway implements SwitchGateway {
    private final Function<Environment, FynnApi> apis;

    /** @param apis the Fynn client of each environment */
    public FynnEntitlementGateway(Function<Environment, FynnApi> apis) {
        this.apis = Objects.requireNonNull(apis, "apis");
    }

    @Override
    public Api api() {
        return Api.FYNN;
    }

    @Override
    public TargetSnapshot readTarget(ChangeTarget target) throws SwitchFailure {
        List<Entitlement> entitlements = ApiFailures.translated(() ->
                apis.apply(target.environment()).entitlements(target.targetId(), null, true));
        Map<String, SwitchState> byId = new HashMap<>();
        java.util.Set<String> contradicted = Ids.contradictedIn(entitlements);
        for (Entitlement e : entitlements) {
            if (e == null) {
                // a null entry in a page is kept by the pager, and says nothing about any entitlement
                continue;
            }
            byId.putIfAbsent(e.id(), contradicted.contains(e.id()) ? SwitchState.unknown() : stateOf(e));
        }
        java.util.Optional<PagingStop> stop = PagingStop.of(entitlements);
        return item -> {
            SwitchState state = byId.get(item);
            if (state == null && stop.isPresent()) {
                // the listing ended early: the entitlement may be on a page never read, so it is not called gone
                throw new SwitchFailure(SwitchFailure.Kind.FAILED, null, stop.get().words(), null, null);
            }
            if (state == null) {
                throw SwitchFailure.refused(404, Words.of("ops.change.entitlementGone", target.targetId()));
            }
            return state;
        };
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        Entitlement after = ApiFailures.translated(() ->
                apis.apply(target.environment()).setEntitlementActive(target.item(), on));
        return new SwitchResult(stateOf(after), null);
    }

    private static SwitchState stateOf(Entitlement entitlement) {
        EntitlementStatus status = entitlement.status();
        return new SwitchState(onOf(entitlement), status == null ? null : status.value());
    }

    /**
     * The switch position the operator sees. Fynn's {@code active} is computed (true only while the
     * status is active), so the status decides: disabled is off, active and pending are on; an
     * expired entitlement counts as off because its switch can no longer be seen. Only a status
     * Fynn adds later (or none) falls back to {@code active}; when that is missing too the state is
     * unknown (null), never off. Views must use this too, so that what the operator saw and the
     * stale-write check compare the same thing.
     */
    public static Boolean onOf(Entitlement entitlement) {
        EntitlementStatus status = entitlement.status();
        if (status != null && status.isKnown()) {
            return EntitlementStatus.ACTIVE.equals(status) || EntitlementStatus.PENDING.equals(status);
        }
        return entitlement.active();
    }

    /** {@link #onOf} where a switch must stand somewhere: an unknown state stands off (and says so beside it). */
    public static boolean isOn(Entitlement entitlement) {
        return Boolean.TRUE.equals(onOf(entitlement));
    }
}
