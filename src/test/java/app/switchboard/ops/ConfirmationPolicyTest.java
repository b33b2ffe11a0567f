package app.switchboard.ops;

import app.switchboard.credentials.RiskLevel;
import org.junit.jupiter.api.Test;

import static app.switchboard.ops.Fixtures.AUDITED_TEST;
import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.STAGING;
import static app.switchboard.ops.Fixtures.TEST;
import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationPolicyTest {
    private final ConfirmationPolicy defaults = new ConfirmationPolicy(ConfirmationSettings.defaults());

    @Test
    void productionAsksForEveryChangeEvenWhenTheSettingSaysNever() {
        ConfirmationPolicy never = new ConfirmationPolicy(env -> ConfirmMode.NEVER);
        assertThat(never.needsConfirmation(PRODUCTION, false)).isTrue();
        assertThat(never.needsConfirmation(PRODUCTION, true)).isTrue();
    }

    @Test
    void productionNeverOffersDontAskAgainAndIgnoresIt() {
        assertThat(defaults.mayOfferDontAskAgain(PRODUCTION)).isFalse();
        defaults.dontAskAgain(PRODUCTION);
        assertThat(defaults.isSilenced(PRODUCTION)).isFalse();
        assertThat(defaults.needsConfirmation(PRODUCTION, false)).isTrue();
    }

    @Test
    void anEnvironmentThatRequiresAReasonAlwaysAsksAndCannotBeSilenced() {
        ConfirmationPolicy never = new ConfirmationPolicy(env -> ConfirmMode.NEVER);
        assertThat(never.needsConfirmation(AUDITED_TEST, false)).isTrue();
        assertThat(never.reasonRequired(AUDITED_TEST)).isTrue();
        assertThat(never.mayOfferDontAskAgain(AUDITED_TEST)).isFalse();
        never.dontAskAgain(AUDITED_TEST);
        assertThat(never.needsConfirmation(AUDITED_TEST, false)).isTrue();
    }

    @Test
    void stagingAsksForEverythingByDefault() {
        assertThat(defaults.needsConfirmation(STAGING, false)).isTrue();
        assertThat(defaults.needsConfirmation(STAGING, true)).isTrue();
    }

    @Test
    void testEnvironmentsAskOnlyBeforeDisablingByDefault() {
        assertThat(defaults.needsConfirmation(TEST, true)).isTrue();
        assertThat(defaults.needsConfirmation(TEST, false)).isFalse();
    }

    @Test
    void theSettingNeverSkipsConfirmationOutsideProduction() {
        ConfirmationPolicy never = new ConfirmationPolicy(env -> ConfirmMode.NEVER);
        assertThat(never.needsConfirmation(STAGING, true)).isFalse();
        assertThat(never.reasonRequired(STAGING)).isFalse();
    }

    @Test
    void dontAskAgainSilencesOnlyThatEnvironmentForTheSession() {
        defaults.dontAskAgain(STAGING);
        assertThat(defaults.needsConfirmation(STAGING, true)).isFalse();
        assertThat(defaults.needsConfirmation(Fixtures.environment("Staging 2", RiskLevel.STAGING, false), true)).isTrue();
        defaults.askAgain();
        assertThat(defaults.needsConfirmation(STAGING, true)).isTrue();
    }
}
