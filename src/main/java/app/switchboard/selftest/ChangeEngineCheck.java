package app.switchboard.selftest;

import app.switchboard.audit.ActivityLog;
import app.switchboard.credentials.Environment;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.Entity;
import app.switchboard.derconnect.EntityFeatureStatus;
import app.switchboard.fynn.Entitlement;
import app.switchboard.fynn.EntitlementStatus;
import app.switchboard.fynn.Subscription;
import app.switchboard.fynn.SubscriptionQuery;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.ops.ConfirmMode;
import app.switchboard.ops.ConfirmationAnswer;
import app.switchboard.ops.ConfirmationPolicy;
import app.switchboard.ops.Confirmer;
import app.switchboard.ops.DerFeatureGateway;
import app.switchboard.ops.EnvironmentConnection;
import app.switchboard.ops.FynnEntitlementGateway;
import app.switchboard.ops.ReadOnlyApis;
import app.switchboard.ops.UndoStack;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A toggle and its undo on each API of the Demo environment, through the change engine the app
 * uses (confirmation, write, answer check, activity entry, undo stack). Its activity entries go
 * to {@code activityDir}, a throwaway folder, not the user's log.
 */
public final class ChangeEngineCheck {
    public static final String NAME = "change engine on Demo";
    private static final int PAGE = 20;

    private ChangeEngineCheck() {
    }

    public static CheckResult run(EnvironmentConnection demo, Path activityDir, Clock clock) {
        UndoStack undo = new UndoStack();
        ChangeEngine engine = new ChangeEngine(
                List.of(new DerFeatureGateway(env -> demo.der()), new FynnEntitlementGateway(env -> demo.fynn())),
                new ConfirmationPolicy(env -> ConfirmMode.ALWAYS),
                Confirmer.answering(ConfirmationAnswer.confirmed("self-test")),
                new ActivityLog(activityDir), new ReadOnlyApis(), undo, clock, "self-test");
        try {
            String der = toggleAndUndo(engine, undo, derTarget(demo));
            String fynn = toggleAndUndo(engine, undo, fynnTarget(demo));
            return CheckResult.ok(NAME, der + "; " + fynn);
        } catch (CheckFailure e) {
            return CheckResult.failed(NAME, e.getMessage());
        } catch (RuntimeException e) {
            return CheckResult.failed(NAME, String.valueOf(e.getMessage()));
        }
    }

    private record Found(ChangeTarget target, boolean on) {
    }

    private static String toggleAndUndo(ChangeEngine engine, UndoStack undo, Found found) throws CheckFailure {
        ChangeOutcome toggled = engine.change(ChangeRequest.set(found.target(), found.on(), !found.on()));
        expect(toggled, !found.on(), "switching");
        UndoStack.Step step = undo.pop().orElseThrow(() -> new CheckFailure("the change of "
                + found.target().displayName() + " left nothing to undo"));
        ChangeOutcome undone = engine.undo(step);
        expect(undone, found.on(), "undoing");
        return "switched " + found.target().displayName() + " " + found.target().stateWord(!found.on())
                + " and undid it, both recorded";
    }

    private static void expect(ChangeOutcome outcome, boolean on, String doing) throws CheckFailure {
        String what = doing + " " + outcome.request().target().displayName();
        if (!outcome.succeeded()) {
            throw new CheckFailure(what + " did not succeed: " + outcome.summary());
        }
        if (outcome.after() == null || outcome.after().on() != on) {
            throw new CheckFailure(what + ": the server answered " + outcome.after() + " where "
                    + outcome.request().target().stateWord(on) + " was asked for");
        }
        if (!outcome.isRecorded()) {
            throw new CheckFailure(what + " was not recorded: " + outcome.notRecorded());
        }
    }

    private static Found derTarget(EnvironmentConnection demo) throws CheckFailure {
        Environment env = demo.environment();
        List<Entity> entities = demo.der().entitiesPage(null, PAGE).data();
        for (Entity entity : entities) {
            Boolean on = demo.der().features(entity.id()).stream()
                    .filter(f -> DerConnectApi.CAPTURE_CHARGE_SESSIONS.equals(f.feature()))
                    .map(EntityFeatureStatus::enabled).findFirst().orElse(null);
            if (on != null) {
                return new Found(ChangeTarget.derFeature(env, entity.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS,
                        entity.displayName(), null, null), on);
            }
        }
        throw new CheckFailure("no DER Connect entity among the first " + entities.size() + " offers "
                + DerConnectApi.CAPTURE_CHARGE_SESSIONS);
    }

    private static Found fynnTarget(EnvironmentConnection demo) throws CheckFailure {
        List<Subscription> subscriptions = demo.fynn().subscriptions(SubscriptionQuery.all(), 1, PAGE).data();
        for (Subscription subscription : subscriptions) {
            List<Entitlement> active = demo.fynn().entitlements(subscription.id(), EntitlementStatus.ACTIVE, false);
            if (!active.isEmpty()) {
                Entitlement entitlement = active.get(0);
                return new Found(ChangeTarget.fynnEntitlement(demo.environment(), subscription.id(), entitlement.id(),
                        null, null, subscription.number(), entitlement.featureName()), true);
            }
        }
        throw new CheckFailure("no active Fynn entitlement in the first " + subscriptions.size() + " subscriptions");
    }
}
