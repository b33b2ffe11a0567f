package app.switchboard.ops;

import static org.assertj.core.api.Assertions.assertThat;

import app.switchboard.approvals.ChangeRequests;
import app.switchboard.approvals.RequestState;
import app.switchboard.client.SharedHttp;
import app.switchboard.credentials.Environment;
import app.switchboard.sandbox.Sandbox;
import app.switchboard.sandbox.SandboxConfig;
import app.switchboard.team.TeamDatabaseExtension;
import app.switchboard.team.TeamEntries;
import app.switchboard.text.Words;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running consoles as claimants of due scheduled requests: several consoles and a {@code run-due}
 * at once apply each request exactly once (by the requests' states, the claimants' counts and the
 * sandbox's own count of accepted writes), and a console hears an approval without waiting for its timer.
 */
class DueRequestsTest {
    private static final int REQUESTS = 24;

    @RegisterExtension
    static final TeamDatabaseExtension TEAM = new TeamDatabaseExtension();

    private final Sandbox sandbox = Sandbox.start(SandboxConfig.builder().seed(23).build());
    private final SharedHttp http = new SharedHttp();
    private final Environment env = ApprovalRig.environment(sandbox);
    private final List<DueRequests> consoles = new ArrayList<>();
    private final List<Words> reports = new CopyOnWriteArrayList<>();

    @TempDir
    Path home;

    @BeforeAll
    static void database() throws Exception {
        ApprovalRig.prepare(TEAM);
    }

    @AfterEach
    void stop() {
        consoles.forEach(DueRequests::close);
        http.close();
        sandbox.close();
    }

    private DueRequests console(String person, int n, Duration every) throws Exception {
        ChangeRequests store = ApprovalRig.requestsOf(TEAM, person);
        ChangeEngine engine = ApprovalRig.engine(sandbox, http, home.resolve(person + n), ApprovalGate.through(store),
                person);
        DueRequests console = new DueRequests(() -> Optional.of(store), () -> Optional.of(env),
                requests -> ApprovalRig.applier(engine, requests, env), every, reports::add);
        consoles.add(console);
        return console;
    }

    @Test
    void threeConsolesAndARunDueClaimingAtOnceApplyEachDueRequestExactlyOnce() throws Exception {
        ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
        ChangeRequests bob = ApprovalRig.requestsOf(TEAM, "bob");
        List<String> ids = new ArrayList<>();
        for (ChangeTarget t : ApprovalRig.activeEntitlements(sandbox, env, REQUESTS)) {
            ids.add(ApprovalRig.dueRequest(alice, bob, env, List.of(t)));
        }
        List<DueRequests> claimants = List.of(console("bob", 1, Duration.ofMillis(20)),
                console("carol", 2, Duration.ofMillis(20)), console("bob", 3, Duration.ofMillis(20)));
        RequestApplier runDue = ApprovalRig.applier(ApprovalRig.engine(sandbox, http, home.resolve("cron"),
                ApprovalGate.through(ApprovalRig.requestsOf(TEAM, "carol")), "carol"),
                ApprovalRig.requestsOf(TEAM, "carol"), env);
        AtomicInteger byRunDue = new AtomicInteger();
        AtomicBoolean allDone = new AtomicBoolean();
        long start = System.nanoTime();
        Thread cron = new Thread(() -> {
            while (!allDone.get()) {
                try {
                    byRunDue.addAndGet(runDue.runDue(env.name()).size());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }, "run-due");

        claimants.forEach(DueRequests::start);
        cron.start();
        try {
            TeamEntries.await("every due request is applied", Duration.ofSeconds(60), () -> ids.stream().allMatch(id -> {
                try {
                    return bob.find(id).state() == RequestState.APPLIED;
                } catch (Exception e) {
                    return false;
                }
            }));
        } finally {
            allDone.set(true);
            cron.join(30_000);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        int byConsoles = claimants.stream().mapToInt(DueRequests::appliedCount).sum();
        assertThat(byConsoles + byRunDue.get()).as("each request claimed once over all claimants").isEqualTo(REQUESTS);
        assertThat(sandbox.faults().writesAccepted()).as("the sandbox's own count").isEqualTo(REQUESTS);
        assertThat(reports).as("every console's report says what it applied")
                .hasSize(byConsoles).allSatisfy(w -> assertThat(w.english()).contains("applied by this console"));
        System.out.printf("due-request race: %d requests, consoles applied %s, run-due applied %d, %d sandbox writes,"
                        + " %d ms until all applied%n", REQUESTS,
                claimants.stream().map(c -> String.valueOf(c.appliedCount())).toList(), byRunDue.get(),
                sandbox.faults().writesAccepted(), millis);
    }

    @Test
    void aConsoleHearsTheApprovalAndAppliesADueRequestWithoutWaitingForItsTimer() throws Exception {
        DueRequests console = console("carol", 1, Duration.ofHours(1));
        console.start();
        TeamEntries.await("the console listens", Duration.ofSeconds(20), console::listening);
        ChangeRequests alice = ApprovalRig.requestsOf(TEAM, "alice");
        ChangeTarget target = ApprovalRig.activeEntitlements(sandbox, env, REQUESTS + 1).get(REQUESTS);

        String id = ApprovalRig.dueRequest(alice, ApprovalRig.requestsOf(TEAM, "bob"), env, List.of(target));

        TeamEntries.await("the console applied it", Duration.ofSeconds(20), () -> console.appliedCount() == 1);
        assertThat(alice.find(id).state()).isEqualTo(RequestState.APPLIED);
        assertThat(alice.find(id).appliedBy()).isEqualTo("carol");
        assertThat(ApprovalRig.activeOnServer(sandbox, target)).isFalse();
        assertThat(reports).singleElement().satisfies(w -> assertThat(w.english())
                .isEqualTo("Scheduled change request " + id + " applied by this console: 1 of 1 switches changed (applied)."));
    }
}
