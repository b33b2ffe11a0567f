package app.switchboard.ops;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.DemoEnvironment;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.credentials.SecretStore;
import app.switchboard.fynn.FynnApi;
import app.switchboard.fynn.HttpFynnApi;
import app.switchboard.sandbox.FynnModel;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A bulk run's requests as the sandbox counts them, and its stale-write check over HTTP. */
class SandboxBulkReadsTest {
    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(5).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment demo = DemoEnvironment.at(sandbox.baseUrl(), sandbox.clientId());
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @TempDir
    Path home;

    private ActivityLog log;

    @AfterEach
    void stop() {
        pool.shutdownNow();
        http.close();
        sandbox.close();
    }

    private BulkChanges bulk(int maxInFlight) {
        SecretStore secrets = new InMemorySecretStore();
        secrets.put(demo.fynnKeyKey(), sandbox.fynnApiKey());
        FynnApi fynn = HttpFynnApi.forEnvironment(demo, secrets, http);
        log = new ActivityLog(home);
        ChangeEngine engine = new ChangeEngine(List.of(new FynnEntitlementGateway(env -> fynn)),
                new ConfirmationPolicy(ConfirmationSettings.defaults()),
                new Fixtures.ScriptedConfirmer(ConfirmationAnswer.confirmed("INC-9")), log,
                new ReadOnlyApis(), new UndoStack(), Clock.systemUTC(), "alice");
        return new BulkChanges(engine, pool, maxInFlight);
    }

    private boolean visiblyOn(FynnModel.Entitlement e) {
        String status = e.status(sandbox.clock().instant());
        return status.equals("active") || status.equals("pending");
    }

    /** The seed's subscriptions with the most switched-on entitlements first. */
    private List<FynnModel.Subscription> busiestSubscriptions() {
        return sandbox.fynnStore().subscriptions().stream()
                .sorted(Comparator.comparingLong((FynnModel.Subscription s) -> switchedOn(s).size()).reversed())
                .toList();
    }

    private List<BulkCandidate> switchedOn(FynnModel.Subscription subscription) {
        List<BulkCandidate> candidates = new ArrayList<>();
        for (FynnModel.Entitlement e : sandbox.fynnStore().entitlementsOfSubscription(subscription)) {
            if (visiblyOn(e)) {
                candidates.add(BulkCandidate.eligible(ChangeTarget.fynnEntitlement(demo, subscription.id(), e.id(),
                        null, null, null, e.featureId()), true));
            }
        }
        return candidates;
    }

    @Test
    void aBatchOnOneSubscriptionSendsOneReadAndOneWritePerSwitch() throws Exception {
        BulkChanges bulk = bulk(8);
        List<BulkCandidate> candidates = switchedOn(busiestSubscriptions().get(0));
        assertThat(candidates).hasSizeGreaterThan(2);
        sandbox.faults().resetCounters();

        BulkResult result = bulk.start(bulk.preview(candidates, false), BulkListener.NONE).result()
                .get(60, TimeUnit.SECONDS);

        assertThat(result.succeeded()).isEqualTo(candidates.size());
        assertThat(sandbox.faults().counters().get("apiRequests")).isEqualTo(candidates.size() + 1L);
        assertThat(candidates).extracting(c -> visiblyOn(sandbox.fynnStore().entitlement(c.target().item()).orElseThrow()))
                .containsOnly(false);
    }

    @Test
    void aSwitchChangedOnTheServerWhileTheBatchRunsIsLeftAloneAndReported() throws Exception {
        BulkChanges bulk = bulk(1);
        List<FynnModel.Subscription> busiest = busiestSubscriptions();
        List<BulkCandidate> candidates = new ArrayList<>(switchedOn(busiest.get(0)));
        List<BulkCandidate> second = switchedOn(busiest.get(1));
        candidates.addAll(second);
        ChangeTarget edited = second.get(second.size() - 1).target();
        // another admin switches one of the second subscription's entitlements off mid-batch
        BulkListener otherAdmin = (item, finished, total) -> {
            if (finished == 1) {
                sandbox.fynnStore().setEnabled(edited.item(), false);
            }
        };

        BulkResult result = bulk.start(bulk.preview(candidates, false), otherAdmin).result().get(60, TimeUnit.SECONDS);

        assertThat(result.stale()).isEqualTo(1);
        assertThat(result.succeeded()).isEqualTo(candidates.size() - 1);
        assertThat(result.items()).filteredOn(i -> i.status() == BulkItemResult.Status.STALE).singleElement()
                .satisfies(i -> assertThat(i.request().target()).isEqualTo(edited));
        List<ActivityEntry> entries = Fixtures.entries(log);
        assertThat(entries).hasSize(candidates.size());
        assertThat(entries).filteredOn(e -> e.item().equals(edited.item())).singleElement().satisfies(e -> {
            assertThat(e.outcome().kind()).isEqualTo(OutcomeKind.CANCELLED);
            assertThat(e.outcome().message()).startsWith("Stopped before writing: changed since you loaded it");
        });
    }
}
