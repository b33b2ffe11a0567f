package app.switchboard.ops;

import static app.switchboard.ops.Fixtures.TEST;
import static app.switchboard.ops.Fixtures.entitlement;
import static app.switchboard.ops.Fixtures.ev;
import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.FynnApi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Through the real gateways: an answer that contradicts the request, or gives no state, is never a success. */
class TruthfulStateTest {
    private static final String CAPTURE = DerConnectApi.CAPTURE_CHARGE_SESSIONS;

    @TempDir
    Path home;

    private final AtomicInteger patches = new AtomicInteger();

    private ChangeEngine engine(ActivityLog log, SwitchGateway... gateways) {
        return new ChangeEngine(List.of(gateways), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed(null)), log, new ReadOnlyApis(),
                new UndoStack(), java.time.Clock.systemUTC(), "alice");
    }

    private DerFeatureGateway der(Boolean read, Boolean answered) {
        DerConnectApi api = InterfaceFake.of(DerConnectApi.class)
                .on("features", args -> List.of(new EntityFeatureStatus(CAPTURE, read)))
                .on("setFeature", args -> {
                    patches.incrementAndGet();
                    return List.of(new EntityFeatureStatus(CAPTURE, answered));
                }).build();
        return new DerFeatureGateway(env -> api);
    }

    private static Entitlement entitlementAnswer(Boolean active, String status) {
        return new Entitlement("ent-1", null, null, "true", null, null, active,
                status == null ? null : EntitlementStatus.of(status));
    }

    private FynnEntitlementGateway fynn(Entitlement read, Entitlement answered) {
        FynnApi api = InterfaceFake.of(FynnApi.class)
                .on("entitlements", args -> List.of(read))
                .on("setEntitlementActive", args -> answered).build();
        return new FynnEntitlementGateway(env -> api);
    }

    @Test
    void anOnAnsweredOffIsNotAppliedRecordedAsSuchAndNotUndoable() {
        ActivityLog log = new ActivityLog(home);
        ChangeOutcome outcome = engine(log, der(false, false)).change(ChangeRequest.set(ev(TEST, 1), false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.NOT_APPLIED);
        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.summary()).contains("the server did not apply it: asked for on, it answers off")
                .doesNotContain("is now");
        assertThat(outcome.undoRequest()).isEmpty();
        ActivityEntry entry = Fixtures.entries(log).get(0);
        assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.NOT_APPLIED);
        assertThat(entry.after()).isFalse();
        assertThat(entry.outcome().message()).isEqualTo("the server did not apply it: it answers off");
        assertThat(entry.isUndoable()).isFalse();
    }

    @Test
    void anAnswerWithoutAStateIsNotConfirmedAndRecordsNoAfterState() {
        ActivityLog log = new ActivityLog(home);
        ChangeOutcome outcome = engine(log, der(false, null)).change(ChangeRequest.set(ev(TEST, 1), false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.NOT_APPLIED);
        assertThat(outcome.summary()).contains("the server's answer gives no state");
        ActivityEntry entry = Fixtures.entries(log).get(0);
        assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.NOT_APPLIED);
        assertThat(entry.after()).isNull();
    }

    @Test
    void aFynnActivationAnsweredInactiveIsNotApplied() {
        ActivityLog log = new ActivityLog(home);
        ChangeOutcome outcome = engine(log, fynn(entitlementAnswer(false, "disabled"), entitlementAnswer(false, "disabled")))
                .change(ChangeRequest.set(entitlement(TEST, 1), false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.NOT_APPLIED);
        assertThat(outcome.summary()).contains("asked for active, it answers inactive (disabled)");
        assertThat(Fixtures.entries(log).get(0).outcome().kind()).isEqualTo(OutcomeKind.NOT_APPLIED);
    }

    @Test
    void aStateReadAsNullIsUnknownSoTheWriteIsMadeAndRecordedAsNotVerified() {
        ActivityLog log = new ActivityLog(home);
        ChangeOutcome outcome = engine(log, der(null, true)).change(ChangeRequest.set(ev(TEST, 1), false, true));

        assertThat(patches).hasValue(1);
        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.SUCCEEDED);
        assertThat(outcome.unverified()).isTrue();
        assertThat(outcome.summary()).contains("not verified before the write");
        ActivityEntry entry = Fixtures.entries(log).get(0);
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isTrue();
        assertThat(entry.outcome().message()).startsWith("Not verified before the write");
    }

    @Test
    void aFynnEntitlementWithoutStatusOrActiveIsUnknownNotOff() {
        assertThat(FynnEntitlementGateway.onOf(entitlementAnswer(null, null))).isNull();
        assertThat(FynnEntitlementGateway.onOf(entitlementAnswer(null, "suspended"))).isNull();
        assertThat(FynnEntitlementGateway.onOf(entitlementAnswer(true, null))).isTrue();
    }

    @Test
    void aBulkNeverCountsAnUnknownStateAsAlreadyDone() {
        ActivityLog log = new ActivityLog(home);
        BulkChanges bulk = new BulkChanges(engine(log, der(null, true)), Runnable::run);

        BulkPreview preview = bulk.preview(List.of(BulkCandidate.eligible(ev(TEST, 1), null),
                BulkCandidate.eligible(ev(TEST, 2), true)), true);

        assertThat(preview.willChange()).extracting(r -> r.target().targetId()).containsExactly("entity-1");
        assertThat(preview.alreadyInState()).extracting(s -> s.target().targetId()).containsExactly("entity-2");
    }

    @Test
    void aBulkItemAnsweredOtherwiseIsCountedAsNotApplied() {
        ActivityLog log = new ActivityLog(home);
        BulkChanges bulk = new BulkChanges(engine(log, der(false, false)), Runnable::run);
        BulkPreview preview = bulk.preview(List.of(BulkCandidate.eligible(ev(TEST, 1), false)), true);

        BulkResult result = bulk.start(preview, BulkListener.NONE).result().join();

        assertThat(result.notApplied()).isEqualTo(1);
        assertThat(result.succeeded()).isZero();
        assertThat(result.summary()).contains("1 not applied by the server");
    }
}
