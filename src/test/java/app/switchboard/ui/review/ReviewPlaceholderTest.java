package app.switchboard.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.ops.EnvironmentUnavailableException;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import app.switchboard.ui.common.table.EmptyState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What stands where the queues would be while a scan runs and after one that found nothing, in both languages. */
class ReviewPlaceholderTest {
    private static final ReviewTexts ENGLISH = new ReviewTexts(Messages.load(Locale.ENGLISH), ZoneOffset.UTC);
    private static final ReviewTexts GERMAN = new ReviewTexts(Messages.load(Locale.GERMAN), ZoneOffset.UTC);

    private static ReviewSnapshot nothingIn(int subscriptions) {
        return new ReviewSnapshot(Instant.parse("2026-11-21T10:15:30Z"), subscriptions, List.of(), List.of(), List.of(),
                Duration.ofMillis(800));
    }

    @Test
    void aRunningScanSaysHowFarItGot() {
        EmptyState state = ReviewPlaceholder.describe(ENGLISH, null, null, true, "12 of 420 subscriptions");

        assertThat(state.heading()).isEqualTo("Scanning every subscription…");
        assertThat(state.message()).isEqualTo("12 of 420 subscriptions\nThe queues appear here once every subscription has been read.");
        assertThat(ReviewPlaceholder.describe(GERMAN, null, null, true, "12 von 420 Abonnements").message())
                .isEqualTo("12 von 420 Abonnements\nDie Listen erscheinen hier, sobald alle Abonnements gelesen sind.");
    }

    @Test
    void aScanThatHasNotCountedYetSaysItIsRunning() {
        EmptyState state = ReviewPlaceholder.describe(GERMAN, null, null, true, "");

        assertThat(state.heading()).isEqualTo("Alle Abonnements werden geprüft…");
        assertThat(state.message()).isEqualTo("Die Listen erscheinen hier, sobald alle Abonnements gelesen sind.");
    }

    @Test
    void aScanWithoutEntitlementsSaysNothingWasFoundAndStandsInForTheQueues() {
        EmptyState english = ReviewPlaceholder.describe(ENGLISH, null, nothingIn(420), false, "");
        EmptyState german = ReviewPlaceholder.describe(GERMAN, null, nothingIn(1), false, "");

        assertThat(english.heading()).isEqualTo("No entitlements found");
        assertThat(english.message()).isEqualTo("The scan found no entitlements in its 420 subscriptions. Refresh to scan again.");
        assertThat(ReviewPlaceholder.describe(ENGLISH, null, nothingIn(0), false, "").message())
                .isEqualTo("The scan found no entitlements: this environment has no subscriptions. Refresh to scan again.");
        assertThat(german.heading()).isEqualTo("Keine Berechtigungen gefunden");
        assertThat(german.message())
                .isEqualTo("Die Prüfung hat im einzigen Abonnement keine Berechtigungen gefunden. Aktualisieren Sie, um erneut zu prüfen.");
        assertThat(ReviewPlaceholder.shown(nothingIn(420))).isTrue();
        assertThat(ReviewPlaceholder.shown(null)).isTrue();
    }

    @Test
    void beforeAScanAnUnreachableEnvironmentIsNamedInTheViewsLanguage() {
        TestSessions sessions = new TestSessions();
        EnvironmentSession session = sessions.session(environment -> {
            throw new EnvironmentUnavailableException("down for maintenance");
        });
        session.switchTo(TestSessions.STAGING);

        assertThat(ReviewPlaceholder.describe(GERMAN, session, null, false, "").message())
                .endsWith("\n\nDie Listen füllen sich, sobald Staging EU erreichbar ist.");
        assertThat(ReviewPlaceholder.describe(ENGLISH, session, null, false, "").message())
                .endsWith("\n\nIt fills in once Staging EU is available.");
    }

    @Test
    void aScanThatFoundFeaturesButNoEntitlementsKeepsTheCatalogueInView() {
        ReviewSnapshot empty = nothingIn(3);
        ReviewSnapshot catalogueOnly = new ReviewSnapshot(empty.asOf(), 3, List.of(),
                List.of(new app.switchboard.fynn.Feature("f1", "White labeling", null, null, null, null, null, 0, 0, 0)),
                List.of(), empty.took());

        assertThat(ReviewPlaceholder.shown(catalogueOnly)).isFalse();
        assertThat(ReviewPlaceholder.shown(empty)).isTrue();
    }
}
