package app.switchboard.ops;

import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fynn entitlements as switches: the target is the subscription id (Fynn has no endpoint for one
 * entitlement, so the stale-write check reads the subscription's entitlements, expired ones
 * included), the item the entitlement id. The state is {@code active}; the computed status
 * (pending, expired...) travels along as the server's words.
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
    public SwitchState readCurrent(ChangeTarget target) throws SwitchFailure {
        List<Entitlement> entitlements = ApiFailures.translated(() ->
                apis.apply(target.environment()).entitlements(target.targetId(), null, true));
        return entitlements.stream()
                .filter(e -> target.item().equals(e.id()))
                .findFirst()
                .map(FynnEntitlementGateway::stateOf)
                .orElseThrow(() -> SwitchFailure.refused(404, "The entitlement is no longer on subscription "
                        + target.targetId()));
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        Entitlement after = ApiFailures.translated(() ->
                apis.apply(target.environment()).setEntitlementActive(target.item(), on));
        return new SwitchResult(stateOf(after), null);
    }

    private static SwitchState stateOf(Entitlement entitlement) {
        EntitlementStatus status = entitlement.status();
        // Fynn computes status from active; trust active when present, else read it off the status
        boolean on = entitlement.active() != null ? entitlement.active() : status != null && !EntitlementStatus.DISABLED.equals(status);
        return new SwitchState(on, status == null ? null : status.value());
    }
}
