package app.switchboard.ops;

import app.switchboard.client.ApiErrorKind;
import app.switchboard.client.ApiException;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.entitlement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FynnEntitlementGatewayTest {
    private final ChangeTarget target = entitlement(PRODUCTION, 1);

    private static Entitlement entitlementWith(String id, Boolean active, EntitlementStatus status) {
        return new Entitlement(id, null, null, "true", null, null, active, status);
    }

    private static FynnEntitlementGateway gateway(InterfaceFake<FynnApi> fake) {
        FynnApi api = fake.build();
        return new FynnEntitlementGateway(env -> api);
    }

    @Test
    void theStaleCheckFindsTheEntitlementAmongTheSubscriptionsIncludingExpiredOnes() throws Exception {
        FynnEntitlementGateway gateway = gateway(InterfaceFake.of(FynnApi.class).on("entitlements", args -> {
            assertThat(args).containsExactly("sub-1", null, true);
            return List.of(entitlementWith("ent-0", true, EntitlementStatus.ACTIVE),
                    entitlementWith("ent-1", false, EntitlementStatus.PENDING));
        }));

        assertThat(gateway.readCurrent(target)).isEqualTo(new SwitchState(true, "pending"));
    }

    @Test
    void anEntitlementNoLongerOnTheSubscriptionIsRefused() {
        FynnEntitlementGateway gateway = gateway(InterfaceFake.of(FynnApi.class).on("entitlements", args -> List.of()));

        SwitchFailure f = catchThrowableOfType(SwitchFailure.class, () -> gateway.readCurrent(target));

        assertThat(f.kind()).isEqualTo(SwitchFailure.Kind.REFUSED);
        assertThat(f.getMessage()).contains("no longer on subscription sub-1");
    }

    @Test
    void aWriteReportsTheRecomputedStatus() throws Exception {
        FynnEntitlementGateway gateway = gateway(InterfaceFake.of(FynnApi.class).on("setEntitlementActive", args -> {
            assertThat(args).containsExactly("ent-1", true);
            return entitlementWith("ent-1", true, EntitlementStatus.PENDING);
        }));

        assertThat(gateway.apply(target, true).state()).isEqualTo(new SwitchState(true, "pending"));
    }

    @Test
    void theComputedStatusDecidesWhetherTheSwitchIsOn() {
        // Fynn's "active" flag is computed: true only while the status is active
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", false, EntitlementStatus.PENDING))).isTrue();
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", true, EntitlementStatus.ACTIVE))).isTrue();
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", false, EntitlementStatus.DISABLED))).isFalse();
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", false, EntitlementStatus.EXPIRED))).isFalse();
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", true, EntitlementStatus.of("suspended")))).isTrue();
        assertThat(FynnEntitlementGateway.isOn(entitlementWith("e", null, EntitlementStatus.of("suspended")))).isFalse();
    }

    @Test
    void anUnprocessableChangeIsRefusedWithFynnsDetail() {
        FynnEntitlementGateway gateway = gateway(InterfaceFake.of(FynnApi.class).on("setEntitlementActive", args -> {
            throw new ApiException(ApiErrorKind.INVALID, "Fynn", 422, List.of("active: the feature is archived"),
                    "PUT", "/entitlements/ent-1/status", "fynn.example", null, null, null);
        }));

        SwitchFailure f = catchThrowableOfType(SwitchFailure.class, () -> gateway.apply(target, true));

        assertThat(f.kind()).isEqualTo(SwitchFailure.Kind.REFUSED);
        assertThat(f.httpStatus()).isEqualTo(422);
        assertThat(f.getMessage()).isEqualTo("active: the feature is archived");
    }
}
