package app.switchboard.ops;

import app.switchboard.text.Words;
import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.Environment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.switchboard.ops.Fixtures.AUDITED_TEST;
import static app.switchboard.ops.Fixtures.PRODUCTION;
import static app.switchboard.ops.Fixtures.STAGING;
import static app.switchboard.ops.Fixtures.TEST;
import static app.switchboard.ops.Fixtures.entitlement;
import static app.switchboard.ops.Fixtures.entries;
import static app.switchboard.ops.Fixtures.ev;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChangeEngineTest {
    @TempDir
    Path home;

    private final FakeGateway der = Fixtures.der();
    private final FakeGateway fynn = Fixtures.fynn();
    private final Fixtures.ScriptedConfirmer confirmer =
            new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("ticket 4711"));
    private ActivityLog log;
    private ChangeEngine engine;

    private void start() {
        log = new ActivityLog(home.resolve("activity"));
        engine = Fixtures.engine(log, confirmer, der, fynn);
    }

    @Test
    void aConfirmedProductionChangeIsWrittenAndRecordedWithTheServersAnswer() {
        start();
        ChangeTarget target = entitlement(PRODUCTION, 1);
        fynn.set(target, false);
        fynn.reportStatus(target, "pending");

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.SUCCEEDED);
        assertThat(outcome.after()).isEqualTo(new SwitchState(true, "pending"));
        assertThat(outcome.summary()).contains("ACME GmbH (C-1)", "subscription S-1", "Premium support", "active (pending)", "Production");
        assertThat(fynn.isOn(target)).isTrue();
        ActivityEntry entry = entries(log).get(0);
        assertThat(entry).extracting(ActivityEntry::user, ActivityEntry::environment, ActivityEntry::api,
                        ActivityEntry::targetId, ActivityEntry::item, ActivityEntry::action, ActivityEntry::before,
                        ActivityEntry::after, ActivityEntry::reason, ActivityEntry::requestId)
                .containsExactly("alice", "Production", Api.FYNN, "sub-1", "ent-1", "enable", false, true,
                        "ticket 4711", "req-1");
        assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.SUCCEEDED);
        assertThat(entry.id()).isEqualTo(outcome.entryId());
    }

    @Test
    void theConfirmationShowsEnvironmentTargetOldAndNewAndMarksADisableAsDangerous() {
        start();
        ChangeTarget target = ev(PRODUCTION, 7);
        der.set(target, true);

        engine.change(ChangeRequest.set(target, true, false));

        ConfirmationRequest asked = confirmer.asked.get(0);
        assertThat(asked.environmentName()).isEqualTo("Production");
        assertThat(asked.environmentColour()).isEqualTo("#c62828");
        assertThat(asked.targets()).extracting(Words::english).containsExactly("EV \"Car 7\" (VIN7) · CaptureChargeSessions");
        assertThat(asked.before()).isTrue();
        assertThat(asked.after()).isFalse();
        assertThat(asked.dangerous()).isTrue();
        assertThat(asked.mayOfferDontAskAgain()).isFalse();
        assertThat(asked.reasonRequired()).isFalse();
        assertThat(asked.isBatch()).isFalse();
    }

    @Test
    void cancellingTheConfirmationSendsNothingAndRecordsTheCancel() {
        confirmer.answer = ConfirmationAnswer.cancelled();
        start();
        ChangeTarget target = ev(PRODUCTION, 1);
        der.set(target, true);

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, true, false));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.CANCELLED);
        assertThat(der.writes()).isZero();
        assertThat(der.isOn(target)).isTrue();
        assertThat(entries(log)).singleElement().satisfies(e -> {
            assertThat(e.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED);
            assertThat(e.after()).isTrue();
        });
        assertThat(engine.undoStack().size()).isZero();
    }

    @Test
    void aRequiredReasonLeftBlankStopsTheChange() {
        confirmer.answer = ConfirmationAnswer.confirmed("  ");
        start();
        ChangeTarget target = ev(AUDITED_TEST, 1);
        der.set(target, false);

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(confirmer.asked.get(0).reasonRequired()).isTrue();
        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.CANCELLED);
        assertThat(outcome.message()).isEqualTo("a reason is required for changes in Audited test");
        assertThat(der.writes()).isZero();
    }

    @Test
    void enablingInATestEnvironmentDoesNotAsk() {
        start();
        ChangeTarget target = ev(TEST, 1);
        der.set(target, false);

        assertThat(engine.change(ChangeRequest.set(target, false, true)).succeeded()).isTrue();
        assertThat(confirmer.asked).isEmpty();
    }

    @Test
    void dontAskAgainOutsideProductionSkipsTheNextConfirmation() {
        confirmer.answer = new ConfirmationAnswer(true, null, true);
        start();
        ChangeTarget first = ev(STAGING, 1);
        ChangeTarget second = ev(STAGING, 2);
        der.set(first, true);
        der.set(second, true);

        engine.change(ChangeRequest.set(first, true, false));
        engine.change(ChangeRequest.set(second, true, false));

        assertThat(confirmer.asked).hasSize(1);
        assertThat(confirmer.asked.get(0).mayOfferDontAskAgain()).isTrue();
        assertThat(der.isOn(second)).isFalse();
    }

    @Test
    void dontAskAgainTickedInProductionIsIgnored() {
        confirmer.answer = new ConfirmationAnswer(true, "x", true);
        start();
        ChangeTarget first = ev(PRODUCTION, 1);
        ChangeTarget second = ev(PRODUCTION, 2);
        der.set(first, true);
        der.set(second, true);

        engine.change(ChangeRequest.set(first, true, false));
        engine.change(ChangeRequest.set(second, true, false));

        assertThat(confirmer.asked).hasSize(2);
    }

    @Test
    void aSwitchChangedSinceItWasLoadedIsNotOverwritten() {
        start();
        ChangeTarget target = ev(PRODUCTION, 1);
        der.set(target, true); // someone else switched it on after the operator loaded "off"

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.STALE);
        assertThat(outcome.staleWrite().message()).isEqualTo("changed since you loaded it: was off, now on");
        assertThat(der.writes()).isZero();
        assertThat(entries(log)).singleElement().satisfies(e -> {
            assertThat(e.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED);
            assertThat(e.outcome().message()).contains("changed since you loaded it: was off, now on");
        });
    }

    @Test
    void proceedingDespiteAStaleWriteWritesWithoutAskingAgain() {
        start();
        ChangeTarget target = ev(PRODUCTION, 1);
        der.set(target, false);
        ChangeOutcome stale = engine.change(ChangeRequest.set(target, true, false));
        assertThat(stale.kind()).isEqualTo(ChangeOutcome.Kind.STALE);

        der.set(target, true); // and it changes once more before the operator decides
        ChangeOutcome proceeded = engine.proceed(stale.staleWrite());

        assertThat(proceeded.succeeded()).isTrue();
        assertThat(der.isOn(target)).isFalse();
        assertThat(confirmer.asked).hasSize(1);
        assertThat(entries(log)).extracting(e -> e.outcome().kind())
                .containsExactly(OutcomeKind.CANCELLED, OutcomeKind.SUCCEEDED);
        assertThat(entries(log).get(1).reason()).isEqualTo("ticket 4711");
    }

    @Test
    void aRefusalCarriesTheServersReason() {
        start();
        ChangeTarget target = ev(TEST, 1);
        der.set(target, false);
        der.failWith(target, SwitchFailure.refused(400, "Battery capacity must be set before enabling"));

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.REFUSED);
        assertThat(outcome.summary()).contains("DER Connect refused", "(400)", "Battery capacity must be set before enabling");
        ActivityEntry entry = entries(log).get(0);
        assertThat(entry.outcome().httpStatus()).isEqualTo(400);
        assertThat(entry.outcome().message()).isEqualTo("Battery capacity must be set before enabling");
        assertThat(entry.after()).isFalse();
    }

    @Test
    void aForbiddenWriteMakesThatApiReadOnlyInThatEnvironmentUntilCredentialsChange() {
        start();
        ChangeTarget first = ev(TEST, 1);
        ChangeTarget second = ev(TEST, 2);
        der.set(first, false);
        der.set(second, false);
        der.failWith(first, SwitchFailure.forbidden("Access denied"));
        List<ReadOnlyApis.Change> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        engine.readOnlyApis().addListener(changes::add);

        ChangeOutcome forbidden = engine.change(ChangeRequest.set(first, false, true));
        ChangeOutcome blocked = engine.change(ChangeRequest.set(second, false, true));

        assertThat(forbidden.permissionDenied()).isTrue();
        assertThat(engine.readOnlyApis().readOnlyReason("Test", Api.DER_CONNECT)).get().asString()
                .contains("Access denied", "until these credentials change");
        assertThat(engine.readOnlyApis().isReadOnly("Test", Api.FYNN)).isFalse();
        assertThat(engine.readOnlyApis().isReadOnly("Production", Api.DER_CONNECT)).isFalse();
        assertThat(blocked.kind()).isEqualTo(ChangeOutcome.Kind.REFUSED);
        assertThat(der.writes()).isEqualTo(1);

        engine.readOnlyApis().credentialsChanged("Test", Api.DER_CONNECT);
        assertThat(engine.change(ChangeRequest.set(second, false, true)).succeeded()).isTrue();
        assertThat(changes).extracting(ReadOnlyApis.Change::reason).hasSize(2).last().isNull();
    }

    @Test
    void aNetworkFailureReportsTheCauseAndLeavesTheAfterStateUnknown() {
        start();
        ChangeTarget target = ev(TEST, 1);
        der.set(target, false);
        der.failWith(target, SwitchFailure.failed(null, "timeout after 30 s"));

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.FAILED);
        assertThat(outcome.summary()).contains("Could not switch", "timeout after 30 s");
        assertThat(entries(log).get(0).after()).isNull();
        assertThat(outcome.undoRequest()).isEmpty();
    }

    @Test
    void undoRestoresThePreviousStateThroughThePolicyAndIsRecorded() {
        start();
        ChangeTarget target = ev(PRODUCTION, 1);
        der.set(target, true);
        ChangeOutcome disabled = engine.change(ChangeRequest.set(target, true, false));
        assertThat(engine.undoStack().size()).isEqualTo(1);

        ChangeOutcome undone = engine.undo(engine.undoStack().pop().orElseThrow());

        assertThat(undone.succeeded()).isTrue();
        assertThat(der.isOn(target)).isTrue();
        assertThat(confirmer.asked).hasSize(2);
        assertThat(confirmer.asked.get(1).after()).isTrue();
        assertThat(engine.undoStack().size()).isZero();
        ActivityEntry undoEntry = entries(log).get(1);
        assertThat(undoEntry.undoOf()).isEqualTo(disabled.entryId());
        assertThat(undoEntry.action()).isEqualTo("enable");
        assertThat(undoEntry.after()).isTrue();
    }

    @Test
    void aFailedUndoStaysOnTheUndoStack() {
        start();
        ChangeTarget target = ev(TEST, 1);
        der.set(target, false);
        engine.change(ChangeRequest.set(target, false, true));
        der.failWith(target, SwitchFailure.failed(503, "Service unavailable"));

        ChangeOutcome undone = engine.undo(engine.undoStack().pop().orElseThrow());

        assertThat(undone.kind()).isEqualTo(ChangeOutcome.Kind.FAILED);
        assertThat(engine.undoStack().size()).isEqualTo(1);
    }

    @Test
    void undoFromAnActivityRowRestoresTheStateAndLeavesNothingToUndoTwice() {
        start();
        ChangeTarget target = entitlement(STAGING, 3);
        fynn.set(target, true);
        engine.change(ChangeRequest.set(target, true, false));
        ActivityEntry row = entries(log).get(0);

        ChangeOutcome undone = engine.undo(row, STAGING);

        assertThat(undone.succeeded()).isTrue();
        assertThat(fynn.isOn(target)).isTrue();
        assertThat(undone.request().target().displayName()).isEqualTo(target.displayName());
        assertThat(entries(log).get(1).undoOf()).isEqualTo(row.id());
        assertThat(engine.undoStack().size()).isZero();
    }

    @Test
    void undoFromAnActivityRowRefusesAnEnvironmentRemovedAndAddedAgainUnderTheSameName() {
        start();
        ChangeTarget target = entitlement(STAGING, 3);
        fynn.set(target, true);
        engine.change(ChangeRequest.set(target, true, false));
        ActivityEntry row = entries(log).get(0);
        Environment sameNameOtherUrls = new Environment(STAGING.name(), STAGING.colour(), STAGING.risk(),
                "https://elsewhere.example/api", STAGING.derTokenUrl(), STAGING.derClientId(), STAGING.derScope(),
                "https://elsewhere.example", false);

        assertThat(row.environmentId()).isEqualTo(STAGING.id());
        assertThatThrownBy(() -> engine.undo(row, sameNameOtherUrls))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(STAGING.id());
        assertThat(fynn.isOn(target)).isFalse();
        assertThat(entries(log)).hasSize(1);
    }

    @Test
    void undoFromAnActivityRowFollowsARenamedEnvironment() {
        start();
        ChangeTarget target = entitlement(STAGING, 3);
        fynn.set(target, true);
        engine.change(ChangeRequest.set(target, true, false));

        ChangeOutcome undone = engine.undo(entries(log).get(0), STAGING.withName("Staging EU"));

        assertThat(undone.succeeded()).isTrue();
        assertThat(fynn.isOn(target)).isTrue();
    }

    @Test
    void undoFromAnActivityRowNoticesALaterChange() {
        start();
        ChangeTarget target = entitlement(STAGING, 3);
        fynn.set(target, true);
        engine.change(ChangeRequest.set(target, true, false));
        fynn.set(target, true); // someone re-activated it meanwhile

        ChangeOutcome undone = engine.undo(entries(log).get(0), STAGING);

        assertThat(undone.kind()).isEqualTo(ChangeOutcome.Kind.STALE);
        assertThat(undone.message()).isEqualTo("changed since you loaded it: was inactive, now active");
    }

    @Test
    void aChangeThatCannotBeRecordedSaysSo() throws Exception {
        Path blocked = home.resolve("activity");
        Files.writeString(blocked, "not a folder");
        log = new ActivityLog(blocked);
        engine = Fixtures.engine(log, confirmer, der, fynn);
        ChangeTarget target = ev(TEST, 1);
        der.set(target, false);

        ChangeOutcome outcome = engine.change(ChangeRequest.set(target, false, true));

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.isRecorded()).isFalse();
        assertThat(outcome.notRecorded()).startsWith("The activity log could not be written");
    }
}
