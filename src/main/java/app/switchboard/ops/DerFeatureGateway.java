package app.switchboard.ops;

import app.switchboard.audit.Api;
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

    /** @param apis the DER Connect client of each environment */
    public DerFeatureGateway(Function<Environment, DerConnectApi> apis) {
        this.apis = Objects.requireNonNull(apis, "apis");
    }

    @Override
    public Api api() {
        return Api.DER_CONNECT;
    }

    @Override
    public TargetSnapshot readTarget(ChangeTarget target) throws SwitchFailure {
        List<EntityFeatureStatus> features = ApiFailures.translated(() ->
                apis.apply(target.environment()).features(target.targetId()));
        return feature -> stateOf(features, feature);
    }

    @Override
    public SwitchResult apply(ChangeTarget target, boolean on) throws SwitchFailure {
        List<EntityFeatureStatus> after = ApiFailures.translated(() ->
                apis.apply(target.environment()).setFeature(target.targetId(), target.item(), on));
        return new SwitchResult(stateOf(after, target.item()), null);
    }

    /** Not listed is off; listed without {@code isEnabled} is unknown, never off. */
    public static SwitchState stateOf(List<EntityFeatureStatus> features, String feature) {
        if (features == null) {
            return SwitchState.unknown();
        }
        return features.stream().filter(f -> f != null && feature.equals(f.feature())).findFirst()
                .map(f -> SwitchState.of(f.enabled())).orElse(SwitchState.of(false));
    }
}
