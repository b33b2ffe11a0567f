package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.derconnect.DerConnectApi;
import app.switchboard.derconnect.HttpDerConnectApi;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.ConcurrentEditor;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stale-write check against the sandbox over HTTP, with the sandbox's concurrent editor
 * changing switches between the operator loading them and clicking.
 */
class SandboxStaleWriteTest {
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(5).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());

    @TempDir
    Path home;

    @AfterEach
    void stop() {
        http.close();
        sandbox.close();
    }

    private ChangeEngine engine(ActivityLog log) {
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(demo.derSecretKey(), sandbox.clientSecret());
        secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());
        DerConnectApi der = HttpDerConnectApi.forEnvironment(demo, secrets, http);
        FynnApi fynn = HttpFynnApi.forEnvironment(demo, secrets, http);
        return new ChangeEngine(List.of(new DerFeatureGateway(env -> der), new FynnEntitlementGateway(env -> fynn)),
                new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("support call")), log,
                new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), "alice");
    }

    private ChangeTarget targetOf(ConcurrentEditor.Change change) {
        if (change.api().equals("der")) {
            return ChangeTarget.derFeature(demo, change.id(), DerConnectApi.CAPTURE_CHARGE_SESSIONS, null, null, null);
        }
        FynnModel.Entitlement e = sandbox.fynnStore().entitlement(change.id()).orElseThrow();
        String subscriptionId = sandbox.fynnStore().item(e.itemId()).orElseThrow().subscriptionId();
        return ChangeTarget.fynnEntitlement(demo, subscriptionId, e.id(), null, null, null, e.featureId());
    }

    /** The switch as the API shows it: an entitlement is on while active or pending. */
    private boolean onServer(ChangeTarget target) {
        return target.api() == app.switchboard.audit.Api.DER_CONNECT
                ? sandbox.derStore().capture(UUID.fromString(target.targetId())).enabled()
                : visiblyOn(sandbox.fynnStore().entitlement(target.item()).orElseThrow());
    }

    private boolean visiblyOn(FynnModel.Entitlement e) {
        String status = e.status(sandbox.clock().instant());
        return status.equals("active") || status.equals("pending");
    }

    @Test
    void switchesTheConcurrentEditorChangedAfterLoadingAreNotOverwritten() {
        ActivityLog log = new ActivityLog(home);
        ChangeEngine engine = engine(log);
        // what the operator loaded: every switch as it was before the editor's burst
        Map<String, Boolean> loaded = new HashMap<>();
        sandbox.fynnStore().allEntitlements().forEach(e -> loaded.put(e.id(), visiblyOn(e)));
        sandbox.derStore().entities().forEach(e -> loaded.put(e.id().toString(), sandbox.derStore().capture(e.id()).enabled()));

        Map<String, ChangeTarget> edited = new LinkedHashMap<>();
        for (ConcurrentEditor.Change change : sandbox.faults().editNow(30)) {
            edited.putIfAbsent(change.id(), targetOf(change));
        }

        int stale = 0;
        for (Map.Entry<String, ChangeTarget> e : edited.entrySet()) {
            ChangeTarget target = e.getValue();
            boolean seen = loaded.get(e.getKey());
            boolean now = onServer(target);
            ChangeOutcome outcome = engine.change(ChangeRequest.set(target, seen, !seen));
            if (now != seen) {
                stale++;
                assertThat(outcome.kind()).isEqualTo(ChangeOutcome.Kind.STALE);
                assertThat(outcome.message()).isEqualTo("changed since you loaded it: was "
                        + target.stateWord(seen) + ", now " + target.stateWord(now));
                assertThat(onServer(target)).as("left as the other editor set it").isEqualTo(now);
            } else {
                // flipped back and forth by the editor: what the operator saw is true again
                assertThat(outcome.kind()).isNotEqualTo(ChangeOutcome.Kind.STALE);
            }
        }

        assertThat(stale).isGreaterThan(0);
        List<ActivityEntry> entries = Fixtures.entries(log);
        assertThat(entries).hasSize(edited.size());
        assertThat(entries).filteredOn(entry -> entry.outcome().message() != null
                        && entry.outcome().message().startsWith("Stopped before writing: changed since you loaded it"))
                .hasSize(stale)
                .allSatisfy(entry -> assertThat(entry.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED));
        System.out.printf("Sandbox stale-write test: %d switches edited concurrently, %d stale writes stopped%n",
                edited.size(), stale);
    }

    @Test
    void aSwitchNobodyElseTouchedIsChangedAndTheServersAnswerShown() {
        ActivityLog log = new ActivityLog(home);
        ChangeEngine engine = engine(log);
        FynnModel.Entitlement active = sandbox.fynnStore().allEntitlements().stream()
                .filter(e -> "active".equals(e.status(sandbox.clock().instant())))
                .min(java.util.Comparator.comparing(FynnModel.Entitlement::id)).orElseThrow();
        ChangeTarget target = targetOf(new ConcurrentEditor.Change("fynn", active.id(), active.featureId(), true));

        ChangeOutcome off = engine.change(ChangeRequest.set(target, true, false));
        ChangeOutcome undone = engine.undo(engine.undoStack().pop().orElseThrow());

        assertThat(off.succeeded()).isTrue();
        assertThat(off.after()).isEqualTo(new SwitchState(false, "disabled"));
        assertThat(undone.after()).isEqualTo(new SwitchState(true, "active"));
        assertThat(onServer(target)).isTrue();
        assertThat(Fixtures.entries(log)).extracting(ActivityEntry::action).containsExactly("disable", "enable");
    }
}
