package app.switchboard.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityQuery;
import app.switchboard.derconnect.EntityType;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkCounts;
import app.switchboard.ops.BulkResult;
import app.switchboard.sandbox.DerEntity;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.ui.common.change.ActivityHistory;
import app.switchboard.ui.common.change.BulkFlow;
import app.switchboard.ui.common.change.BulkFlowModel;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.TestSessions;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesViewModelTest {
    @TempDir
    Path home;
    private DemoWorkspace demo;
    private EntitiesViewModel model;

    @BeforeEach
    void connect() {
        demo = DemoWorkspace.sameThread(home);
        model = demo.viewModel();
        demo.connect();
    }

    @AfterEach
    void close() {
        demo.close();
    }

    @Test
    void loadsEveryEntityOfTheEnvironmentPageByPage() {
        assertThat(model.list().stateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(model.list().visible()).hasSize(demo.der().entities().size());
        assertThat(model.statusProperty().get()).isEqualTo("Loaded 250");
        assertThat(model.list().firstRowsNanos()).isNotNull().isLessThanOrEqualTo(model.list().allRowsNanos());
    }

    @Test
    void searchMatchesNameIdentifierBrandAndId() {
        DerEntity ev = demo.first(e -> e.type().equals("EV"));
        for (String text : List.of(ev.identifier().toLowerCase(), ev.id().toString().toUpperCase(), ev.name())) {
            model.list().filterProperty().set(new EntityFilter(text, Set.of(), OnlineFilter.ANY));
            assertThat(model.list().visible()).as(text).extracting(EntityRow::id).contains(ev.id().toString());
        }
        model.list().filterProperty().set(new EntityFilter("Aiways", Set.of(), OnlineFilter.ANY));
        assertThat(model.list().visible()).isNotEmpty().allMatch(row -> row.brand().equals("Aiways"));
        assertThat(model.statusProperty().get()).endsWith(model.list().visible().size() + " shown");
    }

    @Test
    void typeAndOnlineChipsNarrowTheRows() {
        model.list().filterProperty().set(new EntityFilter("", Set.of(EntityType.HEAT_PUMP), OnlineFilter.OFFLINE));
        long expected = demo.der().entities().stream().filter(e -> e.type().equals("HeatPump") && !e.isOnline()).count();
        assertThat(model.list().visible()).hasSize((int) expected)
                .allMatch(row -> row.type().equals(EntityType.HEAT_PUMP) && !Boolean.TRUE.equals(row.online()));
    }

    @Test
    void sortingOrdersEveryRowByTheColumnsKey() {
        model.list().sortBy(EntityColumn.IDENTIFIER.order(true));
        List<String> identifiers = model.list().visible().stream().map(EntityRow::identifier).toList();
        assertThat(identifiers).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        model.list().sortBy(EntityColumn.CREATED.order(false));
        assertThat(model.list().visible().get(0).created())
                .isEqualTo(demo.der().entities().stream().map(DerEntity::created).max(Comparable::compareTo).orElseThrow());
    }

    @Test
    void exportWritesExactlyTheVisibleRowsInTheirOrder() {
        model.list().filterProperty().set(new EntityFilter("fleet car 1", Set.of(), OnlineFilter.ANY));
        model.list().sortBy(EntityColumn.NAME.order(false));
        StringWriter csv = new StringWriter();
        int written = model.exportVisible(csv);
        List<String> lines = csv.toString().lines().toList();
        assertThat(written).isEqualTo(model.list().visible().size()).isGreaterThan(1);
        assertThat(lines).hasSize(written + 1);
        assertThat(lines.get(0)).startsWith("id,name,type");
        for (int i = 0; i < written; i++) {
            assertThat(lines.get(i + 1)).startsWith(model.list().visible().get(i).id() + ",");
        }
    }

    @Test
    void aHeatPumpShowsCaptureChargeSessionsAsNotApplicable() {
        model.select(row("HeatPump"));
        FeatureRow feature = model.detail().feature("CaptureChargeSessions").orElseThrow();
        assertThat(feature.status()).isEqualTo(FeatureStatus.NOT_APPLICABLE);
        assertThat(feature.isSwitchable()).isFalse();
        assertThat(feature.reasonProperty().get()).contains("only to EVs and charge points").contains("heat pump");
    }

    @Test
    void aFeatureTheServerListsBothOnAndOffShowsNeitherButStateUnknown() {
        DerEntity ev = demo.first(e -> e.type().equals("EV"));
        EntityRow row = rowOf(ev);
        model.select(row);

        model.detail().featuresArrived(row, List.of(
                new app.switchboard.derconnect.EntityFeatureStatus("CaptureChargeSessions", true),
                new app.switchboard.derconnect.EntityFeatureStatus("CaptureChargeSessions", false)));

        assertThat(model.detail().feature("CaptureChargeSessions").orElseThrow().status())
                .isEqualTo(FeatureStatus.STATE_UNKNOWN);
    }

    @Test
    void anEvCapturingChargeSessionsListsThoseOfTheLast30Days() {
        DerEntity capturing = demo.first(e -> e.type().equals("EV") && demo.der().capture(e.id()).enabled());
        model.select(rowOf(capturing));
        assertThat(model.detail().feature("CaptureChargeSessions").orElseThrow().status()).isEqualTo(FeatureStatus.ENABLED);
        assertThat(model.detail().sessionsStateProperty().get()).isEqualTo(PartState.LOADED);
        assertThat(model.detail().sessions()).allMatch(s -> s.start() != null
                && !s.start().isBefore(DemoWorkspace.CLOCK.instant().minus(EntityDetail.SESSION_WINDOW).minusSeconds(86400)));
    }

    @Test
    void aFeatureAnOpenRequestHoldsSaysAwaitingApprovalUntilTheRequestIsDecidedAndThenShowsTheServersState() {
        DerEntity capturing = demo.first(e -> e.type().equals("EV") && demo.der().capture(e.id()).enabled());
        EntityRow row = rowOf(capturing);
        model.select(row);
        FeatureRow capture = model.detail().feature("CaptureChargeSessions").orElseThrow();
        app.switchboard.ui.common.change.AwaitingApproval awaiting =
                demo.service(app.switchboard.ui.common.change.ChangeRunner.class).awaiting();
        java.util.function.Function<app.switchboard.approvals.RequestState, app.switchboard.approvals.ApprovalRequest>
                request = state -> new app.switchboard.approvals.ApprovalRequest("req-7", model.detail().environmentName(),
                List.of(app.switchboard.approvals.RequestItem.of(app.switchboard.audit.Api.DER_CONNECT, row.id(),
                        "CaptureChargeSessions", row.name(), true, false)), "trial over", "alice",
                java.time.Instant.now(), null, java.time.Instant.now().plusSeconds(3600), state, null, null, null, null);

        awaiting.update(List.of(request.apply(app.switchboard.approvals.RequestState.OPEN)));

        assertThat(capture.status()).isEqualTo(FeatureStatus.AWAITING_APPROVAL);
        assertThat(capture.isOn()).as("nothing was sent").isTrue();
        assertThat(capture.isSwitchable()).as("it waits for the request's decision").isFalse();
        assertThat(capture.reasonProperty().get()).isEqualTo(
                "Change request req-7 by alice asks for off; nothing is sent until another person approves it.");

        awaiting.update(List.of(request.apply(app.switchboard.approvals.RequestState.REJECTED)));

        assertThat(capture.status()).as("read again from the server").isEqualTo(FeatureStatus.ENABLED);
        assertThat(capture.isOn()).isTrue();
        assertThat(capture.isSwitchable()).isTrue();
    }

    @Test
    void switchingToAnotherEnvironmentDropsTheRowsAndSaysWhyNoneCome() {
        model.select(model.list().visible().get(0));
        demo.context.session().switchTo(TestSessions.STAGING);
        assertThat(model.list().visible()).isEmpty();
        assertThat(model.detail().entityProperty().get()).isNull();
        assertThat(model.list().stateProperty().get()).isIn(LoadState.WAITING, LoadState.FAILED);
        assertThat(model.placeholderProperty().get()).isNotBlank();
    }

    @Test
    void enablingCaptureOnASupportedEvShowsTheServersAnswerAndRecordsIt() {
        DerEntity ev = demo.supportedEvCapturingNothing();
        model.select(rowOf(ev));
        FeatureRow capture = model.detail().feature("CaptureChargeSessions").orElseThrow();
        assertThat(capture.status()).isEqualTo(FeatureStatus.DISABLED);

        model.flip(capture, true);

        assertThat(capture.status()).isEqualTo(FeatureStatus.ENABLED);
        assertThat(capture.isOn()).isTrue();
        assertThat(demo.der().capture(ev.id()).enabled()).as("the sandbox's state").isTrue();
        assertThat(model.detail().sessionsStateProperty().get()).isEqualTo(PartState.LOADED);
        assertThat(demo.service(ActivityHistory.class).newest(ActivityQuery.all().withTargetId(ev.id().toString()), 1))
                .singleElement().satisfies(entry -> assertThat(entry.after()).isTrue());
        assertThat(demo.service(Notifier.class).notices()).first()
                .satisfies(notice -> assertThat(notice.actionLabel()).isEqualTo("Undo"));
    }

    @Test
    void anEvWithoutBatteryCapacityIsRefusedWithTheServersReasonAndStaysOff() {
        DerEntity ev = demo.evWithoutBatteryCapacity();
        model.select(rowOf(ev));
        FeatureRow capture = model.detail().feature("CaptureChargeSessions").orElseThrow();

        model.flip(capture, true);

        assertThat(capture.status()).isEqualTo(FeatureStatus.REFUSED);
        assertThat(capture.isOn()).isFalse();
        assertThat(capture.reasonProperty().get()).contains("Battery capacity must be set");
        assertThat(demo.service(Notifier.class).notices()).first()
                .satisfies(notice -> assertThat(notice.message()).contains("Battery capacity must be set"));
    }

    @Test
    void undoFromTheNotificationPutsTheSwitchBack() {
        DerEntity ev = demo.supportedEvCapturingNothing();
        model.select(rowOf(ev));
        FeatureRow capture = model.detail().feature("CaptureChargeSessions").orElseThrow();
        model.flip(capture, true);

        demo.service(Notifier.class).notices().get(0).action().run();

        assertThat(demo.der().capture(ev.id()).enabled()).isFalse();
        assertThat(capture.status()).isEqualTo(FeatureStatus.DISABLED);
    }

    @Test
    void bulkOverAMixedSelectionSortsTheEntitiesAndReportsTheCounts() {
        List<DerEntity> picked = List.of(demo.supportedEvCapturingNothing(), demo.evWithoutBatteryCapacity(),
                demo.first(e -> e.type().equals("HeatPump")),
                demo.first(e -> e.type().equals("ChargePoint") && demo.der().capture(e.id()).enabled()));
        model.selected().setAll(picked.stream().map(this::rowOf).toList());
        List<BulkCandidate> candidates = new ArrayList<>();

        model.bulk(KnownFeature.CAPTURE_CHARGE_SESSIONS, true, candidates::addAll);
        BulkFlowModel flow = demo.service(BulkFlow.class).model(candidates, true);
        flow.start();
        BulkResult result = flow.done().join();

        assertThat(flow.preview().counts()).isEqualTo(new BulkCounts(2, 1, 1));
        assertThat(result.succeeded()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(1);
        assertThat(demo.der().capture(picked.get(0).id()).enabled()).isTrue();
    }

    @Test
    void aFailedLoadShowsTheServersReasonAndRetryLoadsAgain() {
        demo.sandbox().faults().set(FaultSettings.always(FaultKind.SERVER_ERROR));
        model.retry();
        assertThat(model.list().stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(model.list().failureProperty().get()).isNotBlank();
        assertThat(model.placeholderProperty().get()).contains("could not be loaded");

        demo.sandbox().faults().set(FaultSettings.none());
        model.retry();
        assertThat(model.list().stateProperty().get()).isEqualTo(LoadState.LOADED);
        assertThat(model.list().visible()).hasSize(demo.der().entities().size());
    }

    @Test
    void anUnavailableEnvironmentSaysWhyInsteadOfAnEmptyTable(@TempDir Path elsewhere) {
        try (DemoWorkspace offline = DemoWorkspace.offline(elsewhere)) {
            EntitiesViewModel unreachable = offline.viewModel();
            offline.connect();
            assertThat(unreachable.list().stateProperty().get()).isEqualTo(LoadState.WAITING);
            assertThat(unreachable.placeholderProperty().get())
                    .isEqualTo("No entities can be shown: The Demo environment is not available.");
        }
    }

    @Test
    void comingBackToTheViewReadsTheSelectedEntitysFeaturesAgain() {
        DerEntity ev = demo.supportedEvCapturingNothing();
        model.select(rowOf(ev));
        model.hidden();
        demo.der().setCapture(ev.id(), true, DemoWorkspace.CLOCK.instant());

        model.shownAgain();

        assertThat(model.detail().feature("CaptureChargeSessions").orElseThrow().status()).isEqualTo(FeatureStatus.ENABLED);
        assertThat(model.list().stateProperty().get()).isEqualTo(LoadState.LOADED);
    }

    private EntityRow row(String type) {
        return model.list().visible().stream().filter(r -> r.type().value().equals(type)).findFirst().orElseThrow();
    }

    private EntityRow rowOf(DerEntity entity) {
        return model.list().visible().stream().filter(r -> r.id().equals(entity.id().toString())).findFirst().orElseThrow();
    }
}
