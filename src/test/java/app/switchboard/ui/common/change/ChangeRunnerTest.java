package app.switchboard.ui.common.change;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.Api;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.ConfirmationSettings;
import app.switchboard.ops.FakeGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.SwitchFailure;
import app.switchboard.ops.UndoStack;
import app.switchboard.ui.common.fx.Messages;
import app.switchboard.ui.common.fx.TaskRunner;
import app.switchboard.ui.common.notice.Notice;
import app.switchboard.ui.common.notice.Notifier;
import app.switchboard.ui.common.session.TestSessions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change runner with same-thread tasks, an engine on an in-memory gateway, and scripted answers. */
class ChangeRunnerTest {
    static final Environment TEST_ENV = new Environment("Test", "#1565c0", RiskLevel.TEST,
            "https://der.test.example", "https://der.test.example/token", "switchboard", "esp",
            "https://fynn.test.example", false);

    @TempDir
    Path home;
    final FakeGateway der = new FakeGateway(Api.DER_CONNECT);
    final Notifier notifier = new Notifier(Runnable::run);
    final List<StaleWriteChooser.Choice> staleAnswers = new ArrayList<>();
    final List<ChangeOutcome> published = new ArrayList<>();
    final ChangeTarget ev = ChangeTarget.derFeature(TEST_ENV, "ev-1", "CaptureChargeSessions", "Anna's car", "EV", "WVW1");
    final ReadOnlyApis readOnly = new ReadOnlyApis();
    ActivityLog log;
    ChangeRunner runner;

    ChangeRunner runner() {
        return runner(Locale.ENGLISH);
    }

    ChangeRunner runner(Locale locale) {
        log = new ActivityLog(home);
        ChangeEngine engine = new ChangeEngine(List.of(der), new ConfirmationPolicy(ConfirmationSettings.defaults()),
                request -> CompletableFuture.completedFuture(ConfirmationAnswer.confirmed("ticket 1")), log, readOnly,
                new UndoStack(), TestSessions.CLOCK, "alice");
        ChangeRunner made = new ChangeRunner(engine, TaskRunner.sameThread((what, error) -> { }), notifier,
                stale -> CompletableFuture.completedFuture(staleAnswers.remove(0)), Messages.load(locale));
        made.addOutcomeListener(published::add);
        return made;
    }

    @Test
    void aSuccessDeliversTheServersAnswerAndANoticeWithUndoThatRestoresTheSwitch() {
        der.set(ev, false);
        runner = runner();
        List<ChangeOutcome> delivered = new ArrayList<>();

        PendingChange pending = runner.change(ChangeRequest.set(ev, false, true), delivered::add);

        assertThat(pending.isInFlight()).isFalse();
        assertThat(delivered).singleElement().satisfies(o -> assertThat(o.after().on()).isTrue());
        assertThat(der.isOn(ev)).isTrue();
        Notice notice = notifier.notices().get(0);
        assertThat(notice.kind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(notice.message()).isEqualTo("EV \"Anna's car\" (WVW1) · CaptureChargeSessions is now on in Test.");
        assertThat(notice.actionLabel()).isEqualTo("Undo");

        notice.action().run();

        assertThat(der.isOn(ev)).as("undo put it back").isFalse();
        assertThat(notifier.notices().get(0).title()).isEqualTo("Undone");
        assertThat(published).hasSize(2);
        assertThat(log.query(ActivityQuery.all()).toList()).extracting(e -> e.action())
                .containsExactly("enable", "disable");
    }

    @Test
    void aRefusalShowsTheServersReasonAndStays() {
        der.set(ev, false);
        der.failWith(ev, SwitchFailure.refused(422, "Battery capacity is missing for this vehicle"));
        runner = runner();
        List<ChangeOutcome> delivered = new ArrayList<>();

        runner.change(ChangeRequest.set(ev, false, true), delivered::add);

        assertThat(delivered.get(0).kind()).isEqualTo(ChangeOutcome.Kind.REFUSED);
        Notice notice = notifier.notices().get(0);
        assertThat(notice.kind()).isEqualTo(Notice.Kind.REFUSED);
        assertThat(notice.kind().closesByItself()).isFalse();
        assertThat(notice.title()).isEqualTo("Refused by DER Connect");
        assertThat(notice.message()).contains("The server said: Battery capacity is missing for this vehicle");
        assertThat(notice.hasAction()).isFalse();
    }

    @Test
    void aStaleWriteWithReloadWritesNothingAndReportsTheCurrentState() {
        der.set(ev, true); // someone switched it on after the operator loaded it as off
        staleAnswers.add(StaleWriteChooser.Choice.RELOAD);
        runner = runner();
        List<ChangeOutcome> delivered = new ArrayList<>();

        runner.change(ChangeRequest.set(ev, false, true), delivered::add);

        assertThat(der.writes()).isZero();
        assertThat(delivered.get(0).kind()).isEqualTo(ChangeOutcome.Kind.STALE);
        assertThat(delivered.get(0).staleWrite().nowOn()).isTrue();
        assertThat(notifier.notices().get(0).message())
                .contains("changed since you loaded it: was off, now on");
    }

    @Test
    void aStaleWriteWithProceedWritesAnyway() {
        der.set(ev, false); // someone switched it off after the operator loaded it as on
        staleAnswers.add(StaleWriteChooser.Choice.PROCEED);
        runner = runner();
        List<ChangeOutcome> delivered = new ArrayList<>();

        runner.change(ChangeRequest.set(ev, true, true), delivered::add);

        assertThat(staleAnswers).as("the operator was asked").isEmpty();
        assertThat(delivered).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(ChangeOutcome.Kind.SUCCEEDED));
        assertThat(der.isOn(ev)).isTrue();
    }

    @Test
    void aForbiddenWriteMakesTheApiReadOnlyAndSaysWhy() {
        der.set(ev, false);
        der.failWith(ev, SwitchFailure.forbidden("insufficient_scope"));
        runner = runner();

        runner.change(ChangeRequest.set(ev, false, true), o -> { });

        assertThat(readOnly.readOnlyReason("Test", Api.DER_CONNECT)).hasValueSatisfying(
                why -> assertThat(why.english()).contains("may read but not change").contains("insufficient_scope"));
        assertThat(notifier.notices().get(0).message()).contains("may read but not change");
        assertThat(log.query(ActivityQuery.all().withOutcomes(java.util.Set.of(OutcomeKind.REFUSED))).count()).isEqualTo(1);
    }

    @Test
    void inGermanTheEnginesOwnRefusalIsGermanAndTheServersWordsStayAsSent() {
        der.set(ev, false);
        der.failWith(ev, SwitchFailure.forbidden("insufficient_scope"));
        runner = runner(Locale.GERMAN);
        runner.change(ChangeRequest.set(ev, false, true), o -> { });
        int before = notifier.notices().size();

        // the API is read-only now: the engine refuses by itself, in its own words
        List<ChangeOutcome> delivered = new ArrayList<>();
        runner.change(ChangeRequest.set(ev, false, true), delivered::add);

        assertThat(delivered).singleElement().satisfies(o -> assertThat(o.kind()).isEqualTo(ChangeOutcome.Kind.REFUSED));
        assertThat(notifier.notices()).hasSize(before + 1);
        assertThat(notifier.notices().get(0)).satisfies(notice -> assertThat(notice.message())
                .contains("dürfen lesen, aber nichts ändern", "der Server sagte: insufficient_scope")
                .doesNotContain("may read", "credentials of"));
        assertThat(delivered.get(0).summaryWords().in(Locale.GERMAN))
                .startsWith("DER Connect hat abgelehnt, " + ev.displayName() + " auf an zu schalten, in Test");
    }
}
