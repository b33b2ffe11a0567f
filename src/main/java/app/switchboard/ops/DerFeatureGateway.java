package app.switchboard.ops;

import app.switchboard.audit.Api;
import app.switchboard.client.ApiException;
import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityFeatureStatus;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * DER Connect entity features as switches: the target is an entity id, the item a feature name.
 * A feature the server does not list for an entity counts as off; one listed without a state is unknown.
 */
public final class DerFeatureGateway implements SwitchGateway {
    private final Function<Environment, DerConnectApi> apis;
    private final OfferedReads offered;

    /** @param apis the DER Connect client of each environment */
    public DerFeatureGateway(Function<Environment, DerConnectApi> apis) {
        this(apis, OfferedReads.NONE);
    }

    /** @param offered what each environment offers of the inferred reads; updated by what the reads answer */
    public DerFeatureGateway(Function<Environment, DerConnectApi> apis, OfferedReads offered) {
        this.apis = Objects.requireNonNull(apis, "apis");
        this.offered = Objects.requireNonNull(offered, "offered");
    }

    @Override
    public Api api() {
        return Api.DER_CONNECT;
    }

    /**
     * The features as the server reads them; every state unknown where the server does not offer
     * the read (it is inferred, not documented): the write then goes ahead unverified, and its
     * answer becomes the state shown.
     */
    @Override
    public TargetSnapshot readTarget(ChangeTarget target) throws SwitchFailure {
        String environment = target.environment().name();
        if (offered.of(environment, InferredRead.FEATURES).missing()) {
            return feature -> SwitchState.unknown();
        }
        List<EntityFeatureStatus> features;
        try {
            features = apis.apply(target.environment()).features(target.targetId());
        } catch (ApiException e) {
            Availability said = Availability.ofStatus(e.status());
            if (!said.missing()) {
                throw ApiFailures.classify(e);
            }
            offered.observed(environment, InferredRead.FEATURES, said);
            return feature -> SwitchState.unknown();
        }
        offered.observed(environment, InferredRead.FEATURES, Availability.AVAILABLE);
        return feature -> stateOf(features, feature);
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        List<EntityFeatureStatus> after = ApiFailures.translated(() ->
                apis.apply(target.environment()).setFeature(target.targetId(), target.item(), on));
        return new SwitchResult(stateOf(after, target.item()), null);
    }

    /**
     * Not listed is off; listed without {@code isEnabled} is unknown, never off; listed more than once
     * with different states is unknown too: the answer contradicts itself.
     */
    public static SwitchState stateOf(List<EntityFeatureStatus> features, String feature) {
        if (features == null) {
            return SwitchState.unknown();
        }
        List<Boolean> said = features.stream().filter(f -> f != null && feature.equals(f.feature()))
                .map(EntityFeatureStatus::enabled).distinct().toList();
        if (said.isEmpty()) {
            return SwitchState.of(false);
        }
        return said.size() == 1 ? SwitchState.of(said.get(0)) : SwitchState.unknown();
    }
}
