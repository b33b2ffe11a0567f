package app.switchboard.resilience.soak;

import app.switchboard.audit.ActivityEntry;
import app.switchboard.audit.ActivityLog;
import app.switchboard.audit.ActivityQuery;
import app.switchboard.audit.OutcomeKind;
import app.switchboard.client.ApiException;
import app.switchboard.credentials.Environment;
import app.switchboard.credentials.InMemorySecretStore;
import app.switchboard.ops.BulkCandidate;
import app.switchboard.ops.BulkChanges;
import app.switchboard.ops.BulkItemResult;
import app.switchboard.ops.BulkPreview;
import app.switchboard.ops.BulkResult;
import app.switchboard.ops.ChangeEngine;
import app.switchboard.ops.ChangeOutcome;
import app.switchboard.ops.ChangeRequest;
import app.switchboard.ops.ChangeTarget;
import app.switchboard.resilience.Figures;
import app.switchboard.resilience.SandboxRig;
import app.switchboard.resilience.ThreadWatch;
import app.switchboard.sandbox.FaultKind;
import app.switchboard.sandbox.FaultSettings;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestException;
import app.switchboard.approvals.RequestState;
import app.switchboard.client.SharedHttp;
import app.switchboard.ops.ApprovalGate;
import app.switchboard.ops.ApprovalRig;
import app.switchboard.ops.InterruptedRequests;
import app.switchboard.ops.RequestApplier;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of toggles, half through bulk runs and half one by one, mixed DER Connect and Fynn,
 * against a sandbox that fails a fifth of all requests. What the console shows afterwards must be
 * the server's truth for every switch, and every attempt must have exactly one activity entry.
 * {@code -Psoak} raises the count (see docs/RELIABILITY.md).
 */
class FaultSoakTest {
    private static final int TOGGLES = Integer.getInteger("switchboard.soak.toggles", 2000);
    private static final int RETRY_AFTER_SECONDS = Integer.getInteger("switchboard.soak.retryAfterSeconds", 0);
    private static final int IN_FLIGHT = 16;
    private static final int PER_API = 200;
    private static final int RELOAD_TRIES = 20;

    private static final int APPROVAL_REQUESTS = 20;
    private static final int SWITCHES_PER_REQUEST = 3;
    private static final int OUTAGES_MID_APPLY = 6;

    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    @TempDir
    Path home;

    /** 20% of requests fail, spread evenly over the six kinds the issue names. */
    private static FaultSettings twentyPercentFaults() {
        double each = 0.20 / 6;
        return new FaultSettings(0, 0, each, each, each, each, each, each, 0, RETRY_AFTER_SECONDS,
                SandboxRig.READ_TIMEOUT.toMillis() * 3, 0, 0);
    }

    @Test
    void togglesUnderTwentyPercentFaultsLeaveTheConsoleShowingTheServersTruthWithOneEntryPerAttempt()
            throws Exception {
        long began = System.nanoTime();
        ThreadWatch watch = new ThreadWatch();
        Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(7).scale(2)
                .clock(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC)).build());
        Environment env = SandboxRig.environment("Soak", sandbox.baseUrl(), sandbox.clientId());
        InMemorySecretStore secrets = new InMemorySecretStore();
        SandboxRig.storeSecrets(secrets, env, sandbox);
        SandboxRig rig = new SandboxRig(env, secrets, IN_FLIGHT);
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        Soak soak = new Soak(sandbox, rig, new ActivityLog(home.resolve("activity")), pool);
        try {
            soak.run();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            rig.close();
            sandbox.close();
        }
        List<String> leaked = watch.leakedThreads();
        watch.close();

        Map<String, Long> injected = sandbox.faults().counters();
        new Figures("fault-soak")
                .put("toggles (attempts)", soak.outcomes.size())
                .put("switches", soak.items.size())
                .put("outcomes by kind", soak.outcomesByKind())
                .put("unsuccessful outcomes by message", soak.unsuccessfulMessages())
                .put("reloads after an unsuccessful attempt", soak.reloads)
                .put("reload tries that failed and were repeated", soak.reloadRetries)
                .put("activity entries", soak.entries.size())
                .put("divergences", soak.divergences.size())
                .put("uncaught exceptions", watch.uncaught().size())
                .put("leaked threads", leaked.size())
                .put("retry-after seconds", RETRY_AFTER_SECONDS)
                .putAll(injected)
                .put("seconds", (System.nanoTime() - began) / 1_000_000_000)
                .publish();

        assertThat(soak.outcomes).hasSize(TOGGLES);
        assertThat(soak.divergences).as("switches where the console and the server disagree").isEmpty();
        assertThat(watch.uncaught()).isEmpty();
        assertThat(leaked).as("threads still running after everything was closed").isEmpty();
        for (FaultKind kind : List.of(FaultKind.SERVER_ERROR, FaultKind.UNAVAILABLE, FaultKind.RATE_LIMITED,
                FaultKind.HANG, FaultKind.RESET, FaultKind.TRUNCATED)) {
            assertThat(injected.get(kind.name())).as("%s faults injected", kind).isPositive();
        }
        assertThat(soak.outcomesByKind()).containsKeys(ChangeOutcome.Kind.SUCCEEDED, ChangeOutcome.Kind.FAILED);
        soak.assertOneEntryPerAttempt();
    }

    /**
     * Approved change requests and a team database that goes away: first between approve and apply
     * (every claimant fails, nothing is sent), then again and again in the middle of applying, after a
     * switch reached the server and before its outcome was stored. Claimants with short leases keep
     * claiming until every request is finished: each switch is written exactly once and every request
     * ends applied.
     */
    @Test
    void approvalsLoseNothingAndApplyNothingTwiceWhileTheDatabaseStopsBetweenApproveAndApplyAndMidApply()
            throws Exception {
        ApprovalRig.prepare(TEAM);
        long began = System.nanoTime();
        Random random = new Random(21);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(31).build());
             SharedHttp http = new SharedHttp()) {
            Environment env = ApprovalRig.environment(sandbox);
            ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
            ChangeRequests bob = ApprovalRig.requestsOf(TEAM, "bob");
            List<ChangeTarget> targets = ApprovalRig.activeEntitlements(sandbox, env,
                    APPROVAL_REQUESTS * SWITCHES_PER_REQUEST);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < APPROVAL_REQUESTS; i++) {
                ids.add(ApprovalRig.dueRequest(alice, bob, env,
                        targets.subList(i * SWITCHES_PER_REQUEST, (i + 1) * SWITCHES_PER_REQUEST)));
            }
            List<String> people = List.of("bob", "carol");
            List<ChangeEngine> engines = new ArrayList<>();
            for (String person : people) {
                engines.add(ApprovalRig.engine(sandbox, http, home.resolve(person), ApprovalGate.withoutTeamDatabase(),
                        person));
            }

            // stopped between approve and apply: every claimant fails, nothing is sent, nothing is lost
            TEAM.goOffline();
            int refusedWhileAway = 0;
            for (int i = 0; i < people.size(); i++) {
                RequestApplier claimant = ApprovalRig.applier(engines.get(i),
                        ApprovalRig.requestsOf(TEAM, people.get(i), Duration.ofMillis(800)), env);
                try {
                    claimant.runDue(env.name());
                } catch (RequestException e) {
                    assertThat(e.kind()).isEqualTo(RequestException.Kind.UNAVAILABLE);
                    refusedWhileAway++;
                }
            }
            TEAM.comeBack();
            assertThat(refusedWhileAway).isEqualTo(people.size());
            assertThat(sandbox.faults().writesAccepted()).isZero();
            for (String id : ids) {
                assertThat(bob.find(id).state()).as("still approved").isEqualTo(RequestState.APPROVED);
            }

            // then claimants take turns; some rounds lose the database mid-apply, and the lapsed claims are resumed
            int[] rounds = {0};
            int[] struck = {0};
            TeamEntries.await("every request is finished", Duration.ofSeconds(120), () -> {
                int who = rounds[0]++ % people.size();
                ChangeRequests store;
                try {
                    store = ApprovalRig.requestsOf(TEAM, people.get(who), Duration.ofMillis(800));
                } catch (app.switchboard.team.TeamException e) {
                    throw new IllegalStateException(e);
                }
                InterruptedRequests flaky = struck[0] < OUTAGES_MID_APPLY && random.nextBoolean()
                        ? new InterruptedRequests(store, random.nextInt(SWITCHES_PER_REQUEST), TEAM::goOffline) : null;
                // one request per round, so that many rounds (and outages) come between approve and applied
                ChangeRequests claimant = flaky != null ? flaky : store;
                try {
                    claimant.expireOverdue();
                    claimant.claimNextDue(env.name()).ifPresent(claimed -> ApprovalRig.applier(engines.get(who),
                            claimant, env).apply(claimed, RequestApplier.StaleChoice.LEAVE_ALONE));
                } catch (RequestException away) {
                    // the database was away for this claimant: the next round tries again
                }
                if (flaky != null && flaky.struck()) {
                    struck[0]++;
                }
                comeBackQuietly();
                return ids.stream().allMatch(id -> stateOf(bob, id) == RequestState.APPLIED);
            });

            new Figures("approval-soak")
                    .put("requests", APPROVAL_REQUESTS)
                    .put("switches", targets.size())
                    .put("claimant rounds", rounds[0])
                    .put("outages mid-apply", struck[0])
                    .put("sandbox writes", sandbox.faults().writesAccepted())
                    .put("seconds", (System.nanoTime() - began) / 1_000_000_000)
                    .publish();
            assertThat(struck[0]).as("the database went away mid-apply").isPositive();
            assertThat(sandbox.faults().writesAccepted()).as("each switch written exactly once")
                    .isEqualTo(targets.size());
            assertThat(targets).noneMatch(t -> ApprovalRig.activeOnServer(sandbox, t));
            for (String id : ids) {
                assertThat(bob.find(id).items()).allSatisfy(item -> assertThat(item.outcome().succeeded()).isTrue());
            }
        }
    }

    private static RequestState stateOf(ChangeRequests requests, String id) {
        try {
            return requests.find(id).state();
        } catch (RequestException e) {
            return null;
        }
    }

    private static void comeBackQuietly() {
        try {
            TEAM.comeBack();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One soak: the console's view of every switch, the rounds of toggles, and what they left. */
    private static final class Soak {
        final Sandbox sandbox;
        final SandboxRig rig;
        final ActivityLog log;
        final ChangeEngine engine;
        final BulkChanges bulk;
        final ExecutorService pool;
        final List<ChangeTarget> items;
        /** What the console shows for each switch. */
        final Map<ChangeTarget, Boolean> shown = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<ChangeOutcome> outcomes = new ConcurrentLinkedQueue<>();
        final Random random = new Random(11);
        final List<String> divergences = new ArrayList<>();
        List<ActivityEntry> entries = List.of();
        int reloads;
        int reloadRetries;

        Soak(Sandbox sandbox, SandboxRig rig, ActivityLog log, ExecutorService pool) {
            this.sandbox = sandbox;
            this.rig = rig;
            this.log = log;
            this.pool = pool;
            this.engine = rig.engine(log);
            this.bulk = new BulkChanges(engine, pool, IN_FLIGHT);
            this.items = SandboxRig.switchable(sandbox, rig.environment(), PER_API, PER_API);
        }

        void run() {
            // the operator loads the lists while the services are healthy
            reloadAll(items);
            sandbox.faults().set(twentyPercentFaults());
            sandbox.faults().resetCounters();
            int done = 0;
            while (done < TOGGLES) {
                List<ChangeTarget> round = new ArrayList<>(items);
                Collections.shuffle(round, random);
                round = round.subList(0, Math.min(round.size(), TOGGLES - done));
                List<ChangeOutcome> finished = toggle(round);
                outcomes.addAll(finished);
                done += finished.size();
                List<ChangeTarget> unsure = new ArrayList<>();
                for (ChangeOutcome o : finished) {
                    if (o.succeeded()) {
                        shown.put(o.request().target(), o.after().on());
                    } else {
                        unsure.add(o.request().target());
                    }
                }
                reloadAll(unsure);
            }
            sandbox.faults().set(FaultSettings.none());
            for (ChangeTarget t : items) {
                boolean truth = SandboxRig.truth(sandbox, t);
                if (shown.get(t) != truth) {
                    divergences.add(t.displayName() + ": console shows " + shown.get(t) + ", server has " + truth);
                }
            }
            try (Stream<ActivityEntry> all = log.query(ActivityQuery.all())) {
                entries = all.toList();
            }
        }

        /** Every second switch in a bulk run (one per direction), the others one by one, all at once. */
        private List<ChangeOutcome> toggle(List<ChangeTarget> round) {
            Map<Boolean, List<BulkCandidate>> byDesired = new HashMap<>();
            List<CompletableFuture<List<ChangeOutcome>>> pending = new ArrayList<>();
            for (int i = 0; i < round.size(); i++) {
                ChangeTarget t = round.get(i);
                boolean seen = shown.get(t);
                if (i % 2 == 0) {
                    byDesired.computeIfAbsent(!seen, k -> new ArrayList<>()).add(BulkCandidate.eligible(t, seen));
                } else {
                    pending.add(engine.changeLater(ChangeRequest.set(t, seen, !seen), pool).thenApply(List::of));
                }
            }
            byDesired.forEach((desired, candidates) -> {
                BulkPreview preview = bulk.preview(candidates, desired);
                assertThat(preview.willChange()).hasSameSizeAs(candidates);
                pending.add(bulk.start(preview, (item, finished, total) -> { })
                        .result().thenApply(Soak::outcomesOf));
            });
            return pending.stream().map(f -> f.orTimeout(5, TimeUnit.MINUTES).join())
                    .flatMap(List::stream).toList();
        }

        private static List<ChangeOutcome> outcomesOf(BulkResult result) {
            assertThat(result.notStarted()).isZero();
            return result.items().stream().map(BulkItemResult::outcome).toList();
        }

        /** Reloads as the operator would: again while the service keeps failing. */
        private void reloadAll(List<ChangeTarget> targets) {
            List<CompletableFuture<Void>> loads = targets.stream()
                    .map(t -> CompletableFuture.runAsync(() -> shown.put(t, reloadUntilAnswered(t)), pool))
                    .toList();
            loads.forEach(f -> f.orTimeout(5, TimeUnit.MINUTES).join());
            synchronized (this) {
                reloads += targets.size();
            }
        }

        private boolean reloadUntilAnswered(ChangeTarget t) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return rig.reload(t);
                } catch (ApiException e) {
                    if (attempt == RELOAD_TRIES) {
                        throw e;
                    }
                    synchronized (this) {
                        reloadRetries++;
                    }
                }
            }
        }

        Map<ChangeOutcome.Kind, Long> outcomesByKind() {
            return outcomes.stream().collect(Collectors.groupingBy(ChangeOutcome::kind, () ->
                    new java.util.EnumMap<>(ChangeOutcome.Kind.class), Collectors.counting()));
        }

        Map<String, Long> unsuccessfulMessages() {
            return outcomes.stream().filter(o -> !o.succeeded())
                    .collect(Collectors.groupingBy(o -> o.kind() + " " + o.httpStatus() + " " + firstWords(o.message()),
                            java.util.TreeMap::new, Collectors.counting()));
        }

        private static String firstWords(String message) {
            String m = String.valueOf(message);
            return m.length() <= 60 ? m : m.substring(0, 60) + "…";
        }

        void assertOneEntryPerAttempt() {
            Map<String, ActivityEntry> byId = entries.stream()
                    .collect(Collectors.toMap(ActivityEntry::id, Function.identity()));
            assertThat(byId).as("entry ids are unique").hasSameSizeAs(entries);
            assertThat(entries).as("one entry per attempt, none extra").hasSameSizeAs(outcomes);
            Set<String> seen = new java.util.HashSet<>();
            for (ChangeOutcome o : outcomes) {
                assertThat(o.isRecorded()).as("recorded: %s", o.summary()).isTrue();
                assertThat(seen.add(o.entryId())).as("entry used once").isTrue();
                ActivityEntry entry = byId.get(o.entryId());
                assertThat(entry).as("entry of %s", o.summary()).isNotNull();
                assertThat(entry.targetId()).isEqualTo(o.request().target().targetId());
                assertThat(entry.item()).isEqualTo(o.request().target().item());
                assertThat(entry.outcome().kind()).as("outcome of %s", o.summary()).isEqualTo(expectedKind(o));
                assertThat(entry.after()).as("after of %s", o.summary())
                        .isEqualTo(o.succeeded() || o.kind() == ChangeOutcome.Kind.NOT_APPLIED ? o.after().on()
                                : o.kind() == ChangeOutcome.Kind.FAILED
                                ? null : o.before());
            }
        }

        private static OutcomeKind expectedKind(ChangeOutcome o) {
            return switch (o.kind()) {
                case SUCCEEDED -> OutcomeKind.SUCCEEDED;
                case REFUSED -> OutcomeKind.REFUSED;
                case FAILED -> OutcomeKind.FAILED;
                case CANCELLED, STALE -> OutcomeKind.CANCELLED;
                case NOT_APPLIED -> OutcomeKind.NOT_APPLIED;
            };
        }
    }
}
