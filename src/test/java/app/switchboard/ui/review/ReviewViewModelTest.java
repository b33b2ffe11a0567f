package app.switchboard.ui.review;

import static app.switchboard.ops.review.ReviewSandbox.ids;
import static app.switchboard.ops.review.ReviewSandbox.switchedOn;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.ops.review.ReviewQueue;
import app.switchboard.ops.review.ReviewRow;
import app.switchboard.ops.review.ReviewScans;
import app.switchboard.ops.review.ReviewSnapshot;
import app.switchboard.ops.review.ReviewSandbox;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.ui.common.fx.FxmlView;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.Navigator;
import app.switchboard.ui.common.session.EnvironmentSession;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Review view model on the sandbox, with same-thread tasks and a fixed clock. */
class ReviewViewModelTest {
    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private static ReviewSandbox sandbox;
    private final TestSessions sessions = new TestSessions();
    private final Navigator navigator = new Navigator();
    private EnvironmentSession session;
    private ReviewChanges changes;
    private ReviewViewModel model;
    @TempDir
    Path activity;

    @BeforeAll
    static void startSandbox() {
        sandbox = new ReviewSandbox(CLOCK, 1, 0);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void connect() {
        session = sessions.session(sandbox.connector());
        session.switchTo(sessions.store.list().get(0));
        changes = new ReviewChanges(sandbox, session, sessions.tasks, Messages.load(Locale.ENGLISH), CLOCK, activity);
        model = modelIn(session, Locale.ENGLISH);
    }

    @Test
    void beforeTheFirstScanNothingIsListedAndTheTimeSaysSo() {
        assertThat(model.snapshotProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.asOfProperty().get()).isEqualTo("Not scanned yet");
    }

    @Test
    void openedAgainItShowsTheKeptScanWithItsAsOfTimeThenTheRefreshedOneAndKeepsThat() throws Exception {
        model.scan();
        ReviewScans scans = new ReviewScans(activity.resolve("review"));
        assertThat(model.noticeProperty().get()).isNull();
        ReviewSnapshot kept = scans.load(session.current()).orElseThrow();
        assertThat(kept.asOf()).isEqualTo(NOW);
        // the kept scan as if made two days ago, with one entitlement fewer than the server has now
        ReviewSnapshot older = new ReviewSnapshot(NOW.minus(Duration.ofDays(2)), kept.subscriptions(),
                kept.rows().subList(1, kept.rows().size()), kept.features(), List.of(), kept.took());
        scans.save(session.current(), older);
        List<ReviewSnapshot> shown = new ArrayList<>();
        List<String> asOf = new ArrayList<>();
        ReviewViewModel reopened = modelIn(session, Locale.ENGLISH);
        reopened.snapshotProperty().addListener((obs, old, now) -> {
            shown.add(now);
            asOf.add(reopened.asOfProperty().get());
        });

        reopened.openStored();

        assertThat(shown).hasSize(2);
        assertThat(shown.get(0).rows()).hasSize(kept.rows().size() - 1);
        assertThat(asOf.get(0)).startsWith("As of ").contains("Mar 8, 2026");
        assertThat(shown.get(1).rows()).hasSize(store().size());
        assertThat(asOf.get(1)).startsWith("As of ").contains("Mar 10, 2026");
        assertThat(reopened.rows()).isNotEmpty();
        assertThat(scans.load(session.current()).orElseThrow().asOf()).as("the refreshed scan is kept").isEqualTo(NOW);
    }

    @Test
    void aScanShowsTheExpiringQueueWithCountsChartAndCatalogue() {
        model.scan();

        assertThat(model.scanningProperty().get()).isFalse();
        assertThat(model.asOfProperty().get()).startsWith("As of ").contains("2026");
        assertThat(ids(model.rows())).isEqualTo(sandbox.entitlementIds(e -> switchedOn(e, NOW) && e.validUntil() != null
                && e.validUntil().isAfter(NOW) && !e.validUntil().isAfter(NOW.plus(Duration.ofDays(30)))));
        assertThat(model.statusCountsProperty().get().values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(store().size());
        assertThat(model.weeks()).hasSize(12);
        assertThat(model.features()).hasSize(sandbox.sandbox.fynnStore().features().size());
        assertThat(model.queueSizesProperty().get()).containsEntry(ReviewQueue.EXPIRING, model.rows().size());
        assertThat(model.noticeProperty().get()).isNull();
    }

    @Test
    void choosingAnotherQueueOrHorizonListsItsEntitlementsWithoutScanningAgain() {
        model.scan();
        var snapshot = model.snapshotProperty().get();

        model.queueProperty().set(ReviewQueue.DISABLED);
        assertThat(ids(model.rows())).isEqualTo(sandbox.entitlementIds(e -> e.status(NOW).equals("disabled")
                && (e.validFrom() == null || !e.validFrom().isAfter(NOW))));
        assertThat(model.rows()).allMatch(r -> r.status().equals(EntitlementStatus.DISABLED));

        model.queueProperty().set(ReviewQueue.PENDING);
        model.horizonDaysProperty().set(7);
        assertThat(ids(model.rows())).isEqualTo(sandbox.entitlementIds(e -> switchedOn(e, NOW) && e.validFrom() != null
                && e.validFrom().isAfter(NOW) && !e.validFrom().isAfter(NOW.plus(Duration.ofDays(7)))));
        assertThat(model.queueExplanationProperty().get()).contains("within 7 days");
        assertThat(model.snapshotProperty().get()).isSameAs(snapshot);
    }

    @Test
    void exportWritesTheChosenRowsToAFileThatParsesBack(@TempDir Path folder) throws Exception {
        model.scan();
        model.queueProperty().set(ReviewQueue.EXPIRED);
        List<ReviewRow> chosen = List.copyOf(model.rows().subList(0, 5));
        Path file = folder.resolve("expired.csv");

        model.exportCsv(chosen, file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("\uFEFFcustomer,customer number,subscription");
        for (int i = 0; i < chosen.size(); i++) {
            assertThat(lines.get(i + 1)).contains(chosen.get(i).entitlementId())
                    .contains(chosen.get(i).subscriptionId());
        }
        assertThat(model.noticeProperty().get()).isEqualTo("Exported 5 rows to " + file + ".");
    }

    @Test
    void openInSubscriptionsAsksForThatSubscription() {
        model.scan();
        ReviewRow row = model.rows().get(0);
        List<Navigator.Request> requests = new java.util.ArrayList<>();
        navigator.addListener(requests::add);

        model.openInSubscriptions(row);

        assertThat(requests).containsExactly(new Navigator.Request(FxmlView.SUBSCRIPTIONS, row.subscriptionId()));
        assertThat(navigator.takePending(FxmlView.SUBSCRIPTIONS)).contains(row.subscriptionId());
    }

    @Test
    void switchingEnvironmentDropsTheResultOfTheOldOne() {
        model.scan();

        session.switchTo(TestSessions.STAGING);

        assertThat(model.snapshotProperty().get()).isNull();
        assertThat(model.rows()).isEmpty();
        assertThat(model.asOfProperty().get()).isEqualTo("Not scanned yet");
    }

    @Test
    void scanningWithoutAConnectionSaysWhy() {
        EnvironmentSession unconnected = sessions.session(environment -> {
            throw new app.switchboard.ops.EnvironmentUnavailableException("nothing here");
        });
        ReviewViewModel offline = modelIn(unconnected, Locale.ENGLISH);

        offline.scan();

        assertThat(offline.noticeProperty().get()).startsWith("Not connected yet");
        assertThat(offline.snapshotProperty().get()).isNull();
    }

    @Test
    void germanTextsAreComplete() {
        ReviewViewModel german = modelIn(session, Locale.GERMAN);
        german.scan();

        assertThat(german.asOfProperty().get()).startsWith("Stand ");
        assertThat(german.queueExplanationProperty().get()).contains("innerhalb von 30 Tagen");
    }

    @Test
    void bulkSwitchingOnGoesThroughTheChangeEngineAndTheRowsShowTheServersAnswer() throws Exception {
        model.scan();
        model.queueProperty().set(ReviewQueue.DISABLED);
        List<ReviewRow> chosen = List.copyOf(model.rows().subList(0, 3));
        int before = model.rows().size();

        var candidates = model.bulkCandidates(chosen);
        assertThat(candidates).allSatisfy(c -> {
            assertThat(c.currentOn()).isFalse();
            assertThat(c.notEligibleReason()).isNull();
            assertThat(c.target().environment()).isEqualTo(sandbox.environment);
        });
        var flow = changes.bulkFlow.model(candidates, true);
        flow.start();
        flow.done().get(30, java.util.concurrent.TimeUnit.SECONDS);

        for (ReviewRow row : chosen) {
            assertThat(sandbox.sandbox.fynnStore().entitlement(row.entitlementId()).orElseThrow().enabled()).isTrue();
        }
        assertThat(model.rows()).hasSize(before - 3);
        assertThat(ids(model.rows())).doesNotContainAnyElementsOf(ids(chosen));
        assertThat(model.snapshotProperty().get().rows()).filteredOn(r -> ids(chosen).contains(r.entitlementId()))
                .allSatisfy(r -> assertThat(r.switchedOn()).isTrue());
    }

    @Test
    void aScannedEntitlementWithoutStateIsBulkChangedNeverSkippedAsAlreadyOff() {
        model.scan();
        model.queueProperty().set(ReviewQueue.DISABLED);
        ReviewRow scanned = model.rows().get(0);
        var e = scanned.entitlement();
        ReviewRow stateless = new ReviewRow(scanned.customer(), scanned.subscriptionId(), scanned.subscriptionNumber(),
                new app.switchboard.fynn.Entitlement(e.id(), e.subscriptionItem(), e.feature(), e.value(), e.validFrom(),
                        e.validUntil(), null, null));

        var candidates = model.bulkCandidates(List.of(stateless));

        assertThat(candidates).singleElement().satisfies(c -> assertThat(c.currentOn()).isNull());
        assertThat(changes.bulkFlow.model(candidates, false).preview().willChange()).hasSize(1);
    }

    @Test
    void expiredEntitlementsAreOfferedButNotEligibleForABulkSwitch() {
        model.scan();
        model.queueProperty().set(ReviewQueue.EXPIRED);

        var candidates = model.bulkCandidates(List.copyOf(model.rows().subList(0, 2)));

        assertThat(candidates).allSatisfy(c -> assertThat(c.notEligibleReason()).contains("validity has ended"));
    }

    private ReviewViewModel modelIn(EnvironmentSession in, Locale locale) {
        return new ReviewViewModel(in, sessions.tasks, sandbox.http, CLOCK, Messages.load(locale), navigator,
                changes.runner, new ReviewScans(activity.resolve("review")));
    }

    private static List<FynnModel.Entitlement> store() {
        return List.copyOf(sandbox.sandbox.fynnStore().allEntitlements());
    }
}
