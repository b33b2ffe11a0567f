package app.switchboard.ops;

import app.switchboard.audit.Api;
import app.switchboard.client.ApiException;
import app.switchboard.credentials.Environment;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;

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
        try {
            return apis.apply(target.environment()).entitlements(target.targetId(), null, true).stream()
                    .filter(e -> target.item().equals(e.id()))
                    .findFirst()
                    .map(FynnEntitlementGateway::stateOf)
                    .orElseThrow(() -> SwitchFailure.refused(404, "The entitlement is no longer on subscription "
                            + target.targetId()));
        } catch (ApiException e) {
            throw ApiFailures.classify(e);
        }
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        try {
            return new SwitchResult(stateOf(apis.apply(target.environment()).setEntitlementActive(target.item(), on)), null);
        } catch (ApiException e) {
            throw ApiFailures.classify(e);
        }
    }

    private static SwitchState stateOf(Entitlement entitlement) {
        EntitlementStatus status = entitlement.status();
        // Fynn computes status from active; trust active when present, else read it off the status
        boolean on = entitlement.active() != null ? entitlement.active() : status != null && !EntitlementStatus.DISABLED.equals(status);
        return new SwitchState(on, status == null ? null : status.value());
    }
}
