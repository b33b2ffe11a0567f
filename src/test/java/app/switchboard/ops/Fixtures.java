package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.Api;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.RiskLevel;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Environments, targets and a scripted confirmer shared by the engine tests. */
final class Fixtures {
    static final Environment PRODUCTION = environment("Production", RiskLevel.PRODUCTION, false);
    static final Environment STAGING = environment("Staging", RiskLevel.STAGING, false);
    static final Environment TEST = environment("Test", RiskLevel.TEST, false);
    static final Environment AUDITED_TEST = environment("Audited test", RiskLevel.TEST, true);

    private Fixtures() {
    }

    static Environment environment(String name, RiskLevel risk, boolean requireReason) {
        return new Environment(name, "#c62828", risk, "http://der", "http://token", "client", "esp",
                "http://fynn", requireReason);
    }

    static ChangeTarget ev(Environment env, int n) {
        return ChangeTarget.derFeature(env, "entity-" + n, "CaptureChargeSessions", "Car " + n, "EV", "VIN" + n);
    }

    static ChangeTarget entitlement(Environment env, int n) {
        return ChangeTarget.fynnEntitlement(env, "sub-" + n, "ent-" + n, "ACME GmbH", "C-" + n, "S-" + n, "Premium support");
    }

    static List<ActivityEntry> entries(ActivityLog log) {
        try (Stream<ActivityEntry> all = log.query(ActivityQuery.all())) {
            return all.toList();
        }
    }

    /** Answers every confirmation with a fixed answer and remembers what it was asked. */
    static final class ScriptedConfirmer implements Confirmer {
        final List<ConfirmationRequest> asked = new CopyOnWriteArrayList<>();
        volatile ConfirmationAnswer answer;

        ScriptedConfirmer(ConfirmationAnswer answer) {
            this.answer = answer;
        }

        @Override
        public CompletableFuture<ConfirmationAnswer> confirm(ConfirmationRequest request) {
            asked.add(request);
            return CompletableFuture.completedFuture(answer);
        }
    }

    static ChangeEngine engine(ActivityLog log, Confirmer confirmer, FakeGateway... gateways) {
        return new ChangeEngine(List.of(gateways), new ConfirmationPolicy(ConfirmationSettings.defaults()), confirmer,
                log, new ReadOnlyApis(), new UndoStack(), java.time.Clock.systemUTC(), "alice");
    }

    static FakeGateway der() {
        return new FakeGateway(Api.DER_CONNECT);
    }

    static FakeGateway fynn() {
        return new FakeGateway(Api.FYNN);
    }
}
